namespace JobSharp.Validation;

/// <summary>
/// Every validation code, one per rule. Codes are stable: a code keeps its meaning forever and is listed in
/// <c>docs/validation.md</c>. JS10xx metadata, labels and selectors; JS11xx Job spec; JS12xx pod failure,
/// pod replacement and success policies; JS13xx pod template and containers; JS14xx volumes and resources;
/// JS15xx CronJob; JS16xx ConfigMap.
/// </summary>
internal static class ValidationCodes
{
    // JS10xx: metadata, labels, annotations, selectors.
    public const string NameRequired = "JS1001";
    public const string NameInvalid = "JS1004";
    public const string GenerateNameInvalid = "JS1005";
    public const string NamespaceInvalid = "JS1006";
    public const string LabelKeyInvalid = "JS1007";
    public const string LabelValueInvalid = "JS1008";
    public const string AnnotationKeyInvalid = "JS1009";
    public const string AnnotationsTooLong = "JS1010";
    public const string JobNameTooLongForLabel = "JS1011";
    public const string IndexedHostnameInvalid = "JS1012";
    public const string GeneratedLabelConflict = "JS1013";
    public const string SelectorNotGenerated = "JS1014";
    public const string SelectorRequired = "JS1015";
    public const string SelectorValuesRequired = "JS1016";
    public const string SelectorValuesForbidden = "JS1017";
    public const string SelectorOperatorInvalid = "JS1018";
    public const string SelectorMismatch = "JS1019";

    // JS11xx: Job spec scalars, completion mode, per-index limits, managedBy, restartPolicy.
    public const string Negative = "JS1101";
    public const string BackoffLimitPerIndexRequired = "JS1102";
    public const string CompletionModeNotSupported = "JS1103";
    public const string IndexedCompletionsRequired = "JS1104";
    public const string IndexedParallelismTooHigh = "JS1105";
    public const string MaxFailedIndexesAboveCompletions = "JS1106";
    public const string MaxFailedIndexesTooHigh = "JS1107";
    public const string MaxFailedIndexesRequired = "JS1108";
    public const string HighCompletionsParallelismTooHigh = "JS1109";
    public const string HighCompletionsMaxFailedIndexesTooHigh = "JS1110";
    public const string RequiresIndexed = "JS1111";
    public const string ManagedByRequired = "JS1112";
    public const string ManagedByNotDomainPrefixed = "JS1113";
    public const string ManagedByHostInvalid = "JS1114";
    public const string ManagedByPathInvalid = "JS1115";
    public const string ManagedByTooLong = "JS1116";
    public const string RestartPolicyRequired = "JS1117";
    public const string RestartPolicyNotSupported = "JS1118";
    public const string RestartPolicyNeverRequired = "JS1119";

    // JS12xx: podFailurePolicy, podReplacementPolicy, successPolicy.
    public const string FailureRulesTooMany = "JS1201";
    public const string FailureActionRequired = "JS1202";
    public const string FailIndexNeedsBackoffLimitPerIndex = "JS1203";
    public const string FailureActionNotSupported = "JS1204";
    public const string FailureRuleBothMatchers = "JS1205";
    public const string FailureRuleNoMatcher = "JS1206";
    public const string ExitCodesOperatorRequired = "JS1207";
    public const string ExitCodesOperatorNotSupported = "JS1208";
    public const string ExitCodesContainerUnknown = "JS1209";
    public const string ExitCodesValuesEmpty = "JS1210";
    public const string ExitCodesValuesTooMany = "JS1211";
    public const string ExitCodeZeroWithIn = "JS1212";
    public const string ExitCodeDuplicate = "JS1213";
    public const string ExitCodesNotOrdered = "JS1214";
    public const string PodConditionsTooMany = "JS1215";
    public const string PodConditionTypeInvalid = "JS1216";
    public const string PodConditionStatusRequired = "JS1217";
    public const string PodConditionStatusNotSupported = "JS1218";
    public const string ReplacementMustBeFailed = "JS1220";
    public const string ReplacementNotSupported = "JS1221";
    public const string SuccessPolicyRequiresIndexed = "JS1230";
    public const string SuccessRulesRequired = "JS1231";
    public const string SuccessRulesTooMany = "JS1232";
    public const string SuccessRuleEmpty = "JS1233";
    public const string SucceededIndexesTooLong = "JS1234";
    public const string SucceededIndexesInvalid = "JS1235";
    public const string SucceededCountNegative = "JS1236";
    public const string SucceededCountAboveCompletions = "JS1237";
    public const string SucceededCountAboveIndexes = "JS1238";

    // JS13xx: pod template, containers, env, ports.
    public const string ContainersRequired = "JS1002";
    public const string ImageRequired = "JS1003";
    public const string EphemeralContainersForbidden = "JS1301";
    public const string ContainerNameRequired = "JS1302";
    public const string ContainerNameInvalid = "JS1303";
    public const string ContainerNameDuplicate = "JS1304";
    public const string InitContainerNameDuplicate = "JS1305";
    public const string ImagePullPolicyNotSupported = "JS1306";
    public const string TerminationMessagePolicyNotSupported = "JS1307";
    public const string ContainerRestartPolicyNotSupported = "JS1308";
    public const string InitContainerRestartPolicyNotSupported = "JS1309";
    public const string InitContainerFieldForbidden = "JS1310";
    public const string PodRestartPolicyNotSupported = "JS1311";
    public const string DnsPolicyNotSupported = "JS1312";
    public const string DnsConfigRequired = "JS1313";
    public const string PodActiveDeadlineOutOfRange = "JS1314";
    public const string ServiceAccountNameInvalid = "JS1315";
    public const string HostnameInvalid = "JS1316";
    public const string SubdomainInvalid = "JS1317";
    public const string EnvNameRequired = "JS1320";
    public const string EnvNameInvalid = "JS1321";
    public const string ValueFromNoSource = "JS1322";
    public const string ValueFromWithValue = "JS1323";
    public const string ValueFromManySources = "JS1324";
    public const string KeyRefNameInvalid = "JS1325";
    public const string KeyRefKeyRequired = "JS1326";
    public const string KeyRefKeyInvalid = "JS1327";
    public const string FieldRefPathRequired = "JS1328";
    public const string FieldRefPathNotSupported = "JS1329";
    public const string FieldRefPathInvalid = "JS1330";
    public const string ResourceFieldRefResourceRequired = "JS1332";
    public const string ResourceFieldRefResourceNotSupported = "JS1333";
    public const string EnvFromPrefixInvalid = "JS1335";
    public const string EnvFromNoSource = "JS1336";
    public const string EnvFromManySources = "JS1337";
    public const string EnvFromNameRequired = "JS1338";
    public const string EnvFromNameInvalid = "JS1339";
    public const string PortNameInvalid = "JS1340";
    public const string PortNameDuplicate = "JS1341";
    public const string ContainerPortRequired = "JS1342";
    public const string ContainerPortOutOfRange = "JS1343";
    public const string HostPortOutOfRange = "JS1344";
    public const string PortProtocolNotSupported = "JS1345";
    public const string HostPortConflict = "JS1346";
    public const string HostNetworkPortMismatch = "JS1347";
    public const string HandlerPortOutOfRange = "JS1348";
    public const string HandlerPortNameInvalid = "JS1349";

    // JS14xx: volumes, volume mounts, resources.
    public const string VolumeNameRequired = "JS1401";
    public const string VolumeNameInvalid = "JS1402";
    public const string VolumeNameDuplicate = "JS1403";
    public const string VolumeTypeMany = "JS1404";
    public const string VolumeSourceNameRequired = "JS1405";
    public const string VolumeModeOutOfRange = "JS1406";
    public const string VolumeItemKeyRequired = "JS1407";
    public const string VolumeItemPathRequired = "JS1408";
    public const string VolumeItemPathInvalid = "JS1409";
    public const string MountNameRequired = "JS1410";
    public const string MountVolumeNotFound = "JS1411";
    public const string MountPathRequired = "JS1412";
    public const string MountPathNotUnique = "JS1413";
    public const string SubPathExclusive = "JS1414";
    public const string SubPathInvalid = "JS1415";
    public const string HostPathTypeNotSupported = "JS1416";
    public const string EmptyDirSizeLimitNegative = "JS1417";
    public const string ResourceNameInvalid = "JS1420";
    public const string ResourceNameNotStandard = "JS1421";
    public const string ResourceNameNotForContainers = "JS1422";
    public const string ResourceNameNotExtended = "JS1423";
    public const string ResourceQuantityNegative = "JS1424";
    public const string ResourceQuantityNotInteger = "JS1425";
    public const string RequestAboveLimit = "JS1426";
    public const string RequestNotEqualLimit = "JS1427";
    public const string LimitRequired = "JS1428";
    public const string HugePagesNeedCpuOrMemory = "JS1429";
    public const string HugePagesNotPageMultiple = "JS1430";

    // JS15xx: CronJob.
    public const string CronJobNameTooLong = "JS1501";
    public const string ScheduleRequired = "JS1502";
    public const string ScheduleInvalid = "JS1503";
    public const string ScheduleHasTimeZone = "JS1504";
    public const string CronJobNegative = "JS1505";
    public const string TimeZoneEmpty = "JS1506";
    public const string TimeZoneSyntax = "JS1507";
    public const string TimeZoneLocal = "JS1508";
    public const string TimeZoneUnknown = "JS1509";
    public const string ConcurrencyPolicyNotSupported = "JS1510";
    public const string TemplateSelectorSet = "JS1511";
    public const string TemplateManualSelector = "JS1512";

    // JS16xx: ConfigMap.
    public const string ConfigMapKeyInvalid = "JS1601";
    public const string ConfigMapKeyDuplicate = "JS1602";
    public const string ConfigMapTooLarge = "JS1603";
}
