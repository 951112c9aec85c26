namespace JobSharp.Testing.Fakes;

/// <summary>A resource the fake serves: where it lives, what it is called, and what can be done with it.</summary>
internal sealed record FakeResource(
    string Group,
    string Plural,
    string Singular,
    string Kind,
    bool Namespaced,
    string[] Verbs,
    string[] ShortNames,
    string[] Categories)
{
    private static readonly string[] AllVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

    public static IReadOnlyList<FakeResource> All { get; } =
    [
        new(string.Empty, "namespaces", "namespace", "Namespace", false, ["create", "delete", "get", "list", "patch", "update", "watch"], ["ns"], []),
        new(string.Empty, "pods", "pod", "Pod", true, AllVerbs, ["po"], ["all"]),
        new(string.Empty, "events", "event", "Event", true, AllVerbs, ["ev"], []),
        new("batch", "jobs", "job", "Job", true, AllVerbs, [], ["all"]),
        new("batch", "cronjobs", "cronjob", "CronJob", true, AllVerbs, ["cj"], ["all"]),
    ];

    /// <summary>The subresources listed in discovery (<c>pods/log</c>, <c>jobs/status</c>, ...).</summary>
    public static IReadOnlyList<(string Group, string Name, string Kind, string[] Verbs)> Subresources { get; } =
    [
        (string.Empty, "pods/log", "Pod", ["get"]),
        (string.Empty, "pods/status", "Pod", ["get", "patch", "update"]),
        (string.Empty, "namespaces/status", "Namespace", ["get", "patch", "update"]),
        ("batch", "jobs/status", "Job", ["get", "patch", "update"]),
        ("batch", "cronjobs/status", "CronJob", ["get", "patch", "update"]),
    ];

    public string ApiVersion => Group.Length == 0 ? "v1" : $"{Group}/v1";

    /// <summary><c>jobs.batch</c>, <c>pods</c>: the name the server's messages use.</summary>
    public string Qualified => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    public static FakeResource? Find(string group, string plural) =>
        All.FirstOrDefault(r => r.Group == group && r.Plural == plural);

    public static FakeResource ByPlural(string plural) => All.First(r => r.Plural == plural);
}
