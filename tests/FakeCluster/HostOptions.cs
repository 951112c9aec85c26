using System.Globalization;
using JobSharp.Testing.Fakes;

namespace FakeClusterHost;

/// <summary>The command line: <c>--port N --kubeconfig PATH [--scenario NAME] [--duration MS] [--namespace NS]...</c>.</summary>
internal sealed record HostOptions(int Port, string Kubeconfig, FakeScenario Scenario, IReadOnlyList<string> Namespaces)
{
    public const string Usage =
        "usage: FakeCluster --port N --kubeconfig PATH [--scenario succeed|fail|hang|restart|stuck|unschedulable|missingconfig|crashloop|quota] [--duration MS] [--namespace NS]...";

    public static HostOptions Parse(IReadOnlyList<string> args)
    {
        int? port = null;
        string? kubeconfig = null;
        var kind = FakeScenarioKind.Succeed;
        TimeSpan? duration = null;
        var namespaces = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new FormatException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--port":
                    port = int.TryParse(value, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 65535 ? p : throw new FormatException($"--port: not a port: {value}");
                    break;
                case "--kubeconfig":
                    kubeconfig = value;
                    break;
                case "--scenario":
                    kind = FakeScenario.ParseKind(value);
                    break;
                case "--duration":
                    duration = int.TryParse(value, CultureInfo.InvariantCulture, out var ms) && ms >= 0 ? TimeSpan.FromMilliseconds(ms) : throw new FormatException($"--duration: not a number of milliseconds: {value}");
                    break;
                case "--namespace":
                    namespaces.Add(value);
                    break;
                default:
                    throw new FormatException($"unknown option {args[i]}");
            }

            i++;
        }

        return new HostOptions(
            port ?? throw new FormatException("--port is required (0 picks a free port)"),
            kubeconfig ?? throw new FormatException("--kubeconfig is required"),
            new FakeScenario(kind, duration),
            namespaces);
    }
}
