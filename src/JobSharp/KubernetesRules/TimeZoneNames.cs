using System.Text.RegularExpressions;

namespace JobSharp.KubernetesRules;

/// <summary>
/// Time zone checks for CronJobs: the server's syntactic rules always, and the IANA database lookup
/// (<c>time.LoadLocation</c>) only where this machine has a complete time zone database, so a machine without
/// one never reports a false error. The lookup is case-sensitive and accepts only IANA names, as Go's does.
/// </summary>
internal static partial class TimeZoneNames
{
    private static readonly Lazy<bool> DatabaseAvailable = new(() =>
        Find("America/New_York") && Find("Europe/Rome") && Find("Asia/Tokyo") && Find("Etc/UTC"));

    /// <summary>Whether names can be checked against the machine's IANA database.</summary>
    public static bool CanCheckDatabase => DatabaseAvailable.Value;

    /// <summary>The syntactic rule: every '/'-separated part is 1-14 of [A-Za-z.-_0-9+], not '.', '..' or '-'-led.</summary>
    public static bool IsWellFormed(string zone) =>
        zone.Split('/').All(part => part is not "." and not ".." && !part.StartsWith('-') && PartRegex().IsMatch(part));

    /// <summary>
    /// Go's <c>time.LoadLocation</c> outcome: null when the zone loads (or cannot be checked here), else Go's error text.
    /// </summary>
    public static string? LoadError(string zone)
    {
        if (zone is "" or "UTC" or "Local")
        {
            return null;
        }

        if (zone.Split('/').Contains("..") || zone[0] is '/' or '\\')
        {
            return "time: invalid location name";
        }

        return !CanCheckDatabase || Find(zone) ? null : "unknown time zone " + zone;
    }

    private static bool Find(string zone)
    {
        try
        {
            return TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) && string.Equals(found.Id, zone, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or InvalidTimeZoneException or IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[A-Za-z\.\-_0-9+]{1,14}\z")]
    private static partial Regex PartRegex();
}
