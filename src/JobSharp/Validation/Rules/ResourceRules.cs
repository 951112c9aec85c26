using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>ValidateContainerResourceRequirements</c>: resource names, quantities, requests against limits.</summary>
internal static class ResourceRules
{
    private static readonly HashSet<string> StandardResources = new(StringComparer.Ordinal)
    {
        "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.ephemeral-storage",
        "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods", "services", "replicationcontrollers",
        "resourcequotas", "secrets", "persistentvolumeclaims", "configmaps", "storage", "requests.storage",
        "services.nodeports", "services.loadbalancers",
    };

    private static readonly HashSet<string> IntegerResources = new(StringComparer.Ordinal)
    {
        "pods", "services", "replicationcontrollers", "resourcequotas", "secrets", "configmaps",
        "persistentvolumeclaims", "services.nodeports", "services.loadbalancers",
    };

    public static void Validate(V1ResourceRequirements? resources, FieldPath path, IssueList issues)
    {
        if (resources is null)
        {
            return;
        }

        var limits = Sorted(resources.Limits);
        var requests = Sorted(resources.Requests);
        var limitsPath = path.Child("limits");
        var requestsPath = path.Child("requests");
        foreach (var (name, quantity) in limits)
        {
            ValidateEntry(name, quantity, limitsPath.Key(name), issues);
        }

        foreach (var (name, quantity) in requests)
        {
            ValidateEntry(name, quantity, requestsPath.Key(name), issues);
            var request = QuantityValue.From(quantity);
            if (resources.Limits?.TryGetValue(name, out var limitQuantity) == true)
            {
                var limit = QuantityValue.From(limitQuantity);
                if (request is not { } r || limit is not { } l)
                {
                    continue;
                }

                if (r.Value != l.Value && !IsOvercommitAllowed(name))
                {
                    issues.Invalid(requestsPath, Codes.RequestNotEqualLimit, r.Text, $"must be equal to {name} limit of {l.Text}");
                }
                else if (r.Value > l.Value)
                {
                    issues.Invalid(requestsPath, Codes.RequestAboveLimit, r.Text, $"must be less than or equal to {name} limit of {l.Text}");
                }
            }
            else if (!IsOvercommitAllowed(name))
            {
                issues.Required(limitsPath, Codes.LimitRequired, "Limit must be set for non overcommitable resources");
            }
        }

        var all = limits.Concat(requests).Select(p => p.Key).ToList();
        if (all.Any(IsHugePages) && !all.Any(n => n is "cpu" or "memory"))
        {
            issues.Forbidden(path, Codes.HugePagesNeedCpuOrMemory, "HugePages require cpu or memory");
        }
    }

    private static void ValidateEntry(string name, ResourceQuantity? quantity, FieldPath path, IssueList issues)
    {
        ValidateName(name, path, issues);
        if (QuantityValue.From(quantity) is not { } value)
        {
            return;
        }

        if (value.Value < 0)
        {
            issues.Invalid(path, Codes.ResourceQuantityNegative, value.Text, "must be greater than or equal to 0");
        }

        if ((IntegerResources.Contains(name) || IsExtended(name)) && !value.IsInteger)
        {
            issues.Invalid(path, Codes.ResourceQuantityNotInteger, value.Text, "must be an integer");
        }

        if (IsHugePages(name) && !IsPageMultiple(name, value.Value))
        {
            issues.Invalid(path, Codes.HugePagesNotPageMultiple, value.Text, $"{value.Text} is not positive integer multiple of {name}");
        }
    }

    /// <summary><c>IsHugePageResourceValueDivisible</c>: the quantity is a whole number of pages of the size in the name.</summary>
    private static bool IsPageMultiple(string name, decimal quantity)
    {
        QuantityValue? page;
        try
        {
            page = QuantityValue.From(new ResourceQuantity(name["hugepages-".Length..]));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return false;
        }

        return page is { Value: > 0, IsInteger: true } size && decimal.Ceiling(quantity) % size.Value == 0;
    }

    /// <summary><c>validateContainerResourceName</c>.</summary>
    private static void ValidateName(string name, FieldPath path, IssueList issues)
    {
        var errors = NameRules.QualifiedName(name);
        if (errors.Count != 0)
        {
            issues.Invalid(path, Codes.ResourceNameInvalid, name, errors);
            return;
        }

        if (!name.Contains('/', StringComparison.Ordinal))
        {
            if (!StandardResources.Contains(name) && !IsHugePages(name) && !name.StartsWith("requests.hugepages-", StringComparison.Ordinal))
            {
                issues.Invalid(path, Codes.ResourceNameNotStandard, name, "must be a standard resource type or fully qualified");
            }

            if (name is not "cpu" and not "memory" and not "ephemeral-storage" && !IsHugePages(name))
            {
                issues.Invalid(path, Codes.ResourceNameNotForContainers, name, "must be a standard resource for containers");
            }
        }
        else if (!IsNative(name) && !IsExtended(name))
        {
            issues.Invalid(path, Codes.ResourceNameNotExtended, name, "doesn't follow extended resource name standard");
        }
    }

    private static bool IsHugePages(string name) => name.StartsWith("hugepages-", StringComparison.Ordinal);

    private static bool IsNative(string name) =>
        !name.Contains('/', StringComparison.Ordinal) || name.Contains("kubernetes.io/", StringComparison.Ordinal);

    private static bool IsExtended(string name) =>
        !IsNative(name) && !name.StartsWith("requests.", StringComparison.Ordinal) && NameRules.QualifiedName("requests." + name).Count == 0;

    private static bool IsOvercommitAllowed(string name) => IsNative(name) && !IsHugePages(name);

    private static List<KeyValuePair<string, ResourceQuantity>> Sorted(IDictionary<string, ResourceQuantity>? map) =>
        map is null ? [] : [.. map.OrderBy(p => p.Key, StringComparer.Ordinal)];
}
