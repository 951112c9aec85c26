using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// The few server checks the fake makes: a Job's immutable fields on update, with the real server's 422 (1.34 and
/// later render the new value as JSON), and the restart policy of a new Job's pods. The rest of validation is
/// JobSharp's own (and kubectl's users see the real server's).
/// </summary>
internal static class FakeValidation
{
    private static readonly string[] ImmutableJobFields = ["spec.selector", "spec.template", "spec.completionMode", "spec.completions", "spec.podFailurePolicy", "spec.successPolicy", "spec.backoffLimitPerIndex", "spec.managedBy"];

    public static JsonObject? Create(FakeTarget target, JsonObject created)
    {
        if (target.Plural != "jobs")
        {
            return null;
        }

        var policy = created["spec"]?["template"]?["spec"]?["restartPolicy"]?.ToString();
        return policy switch
        {
            "Never" or "OnFailure" => null,
            null or "" or "Always" => FakeStatus.Invalid("Job", "batch", target.Name!,
                [("spec.template.spec.restartPolicy", "FieldValueRequired", "Required value: valid values: \"OnFailure\", \"Never\"")]),
            _ => FakeStatus.Invalid("Job", "batch", target.Name!,
                [("spec.template.spec.restartPolicy", "FieldValueNotSupported", $"Unsupported value: \"{policy}\": supported values: \"OnFailure\", \"Never\"")]),
        };
    }

    public static JsonObject? Update(FakeTarget target, JsonObject live, JsonObject updated)
    {
        if (target.Plural != "jobs")
        {
            return null;
        }

        var errors = new List<(string Field, string Reason, string Message)>();
        foreach (var field in ImmutableJobFields)
        {
            var before = At(live, field);
            var after = At(updated, field);
            if (!JsonNode.DeepEquals(before, after))
            {
                errors.Add((field, "FieldValueInvalid", $"Invalid value: {Render(after)}: field is immutable"));
            }
        }

        return errors.Count == 0 ? null : FakeStatus.Invalid("Job", "batch", target.Name!, errors);
    }

    private static string Render(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var s) => JsonValue.Create(s).ToJsonString(),
        _ => value.ToJsonString(),
    };

    private static JsonNode? At(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            node = (node as JsonObject)?[part];
        }

        return node;
    }
}
