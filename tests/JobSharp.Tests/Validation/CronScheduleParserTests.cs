using JobSharp.Validation.Rules;

namespace JobSharp.Tests.Validation;

public sealed class CronScheduleParserTests
{
    [Theory]
    [InlineData("*/15 * * * *")]
    [InlineData("0 0 1 1 *")]
    [InlineData("0 9 * * mon-fri")]
    [InlineData("0 0 * JAN,jul SUN")]
    [InlineData("? ? ? ? ?")]
    [InlineData("5/10 * * * *")]
    [InlineData("0-59/5 0-23/2 1-31 1-12 0-6")]
    [InlineData("1,,2 * * * *")]
    [InlineData("  0   3 * * *  ")]
    [InlineData("0 0 29 2 *")]
    [InlineData("@yearly")]
    [InlineData("@annually")]
    [InlineData("@monthly")]
    [InlineData("@weekly")]
    [InlineData("@daily")]
    [InlineData("@midnight")]
    [InlineData("@hourly")]
    [InlineData("@every 90s")]
    [InlineData("@every 1.5h")]
    [InlineData("@every 1h30m10s500ms")]
    [InlineData("@every 0")]
    [InlineData("TZ=UTC 0 * * * *")]
    public void Validate_ValidSchedule_ReturnsNull(string schedule) => Assert.Null(CronScheduleParser.Validate(schedule));

    [Theory]
    [InlineData("", "empty spec string")]
    [InlineData("0 0 * * * *", "expected exactly 5 fields, found 6: [0 0 * * * *]")]
    [InlineData("0 0 * *", "expected exactly 5 fields, found 4: [0 0 * *]")]
    [InlineData("* * * * 7", "end of range (7) above maximum (6): 7")]
    [InlineData("60 * * * *", "end of range (60) above maximum (59): 60")]
    [InlineData("* 24 * * *", "end of range (24) above maximum (23): 24")]
    [InlineData("* * 0 * *", "beginning of range (0) below minimum (1): 0")]
    [InlineData("* * * 13 *", "end of range (13) above maximum (12): 13")]
    [InlineData("5-1 * * * *", "beginning of range (5) beyond end of range (1): 5-1")]
    [InlineData("*/0 * * * *", "step of range should be a positive number: */0")]
    [InlineData("1-2-3 * * * *", "too many hyphens: 1-2-3")]
    [InlineData("*/2/3 * * * *", "too many slashes: */2/3")]
    [InlineData("a * * * *", "failed to parse int from a: strconv.Atoi: parsing \"a\": invalid syntax")]
    [InlineData("-1 * * * *", "failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax")]
    [InlineData("*/-1 * * * *", "negative number (-1) not allowed: -1")]
    [InlineData("99999999999999999999 * * * *", "failed to parse int from 99999999999999999999: strconv.Atoi: parsing \"99999999999999999999\": value out of range")]
    [InlineData("0 0 L * *", "failed to parse int from L: strconv.Atoi: parsing \"L\": invalid syntax")]
    [InlineData("0 0 * * MON#2", "failed to parse int from MON#2: strconv.Atoi: parsing \"MON#2\": invalid syntax")]
    [InlineData("@reboot", "unrecognized descriptor: @reboot")]
    [InlineData("@daily ", "unrecognized descriptor: @daily ")]
    [InlineData("@every 5", "failed to parse duration @every 5: time: missing unit in duration \"5\"")]
    [InlineData("@every x", "failed to parse duration @every x: time: invalid duration \"x\"")]
    [InlineData("@every 5d", "failed to parse duration @every 5d: time: unknown unit \"d\" in duration \"5d\"")]
    [InlineData("@every .s", "failed to parse duration @every .s: time: invalid duration \".s\"")]
    [InlineData("TZ=.. 0 * * * *", "provided bad location ..: time: invalid location name")]
    public void Validate_InvalidSchedule_ReturnsTheParserText(string schedule, string expected) =>
        Assert.Equal(expected, CronScheduleParser.Validate(schedule));

    [Fact]
    public void Validate_UnknownZonePrefix_ReportsItWhereTheDatabaseIsAvailable()
    {
        var error = CronScheduleParser.Validate("CRON_TZ=Mars/Base 0 * * * *");

        Assert.Equal(TimeZoneNames.CanCheckDatabase ? "provided bad location Mars/Base: unknown time zone Mars/Base" : null, error);
    }
}
