using JobSharp.KubernetesRules;

namespace JobSharp.Tests.KubernetesRules;

public sealed class CronExpressionTests
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
    public void Parse_ValidSchedule_HasNoError(string schedule) => Assert.Null(CronExpression.Parse(schedule).Error);

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
    public void Parse_InvalidSchedule_HasTheParserText(string schedule, string expected) =>
        Assert.Equal(expected, CronExpression.Parse(schedule).Error);

    [Fact]
    public void Parse_UnknownZonePrefix_ReportsItWhereTheDatabaseIsAvailable()
    {
        var error = CronExpression.Parse("CRON_TZ=Mars/Base 0 * * * *").Error;

        Assert.Equal(TimeZoneNames.CanCheckDatabase ? "provided bad location Mars/Base: unknown time zone Mars/Base" : null, error);
    }

    [Theory]
    [InlineData("60 * * * *", 0)]
    [InlineData("0 0 * * 7", 4)]
    [InlineData("0 0 * 1-2-3 *", 3)]
    public void Parse_FieldError_NamesTheField(string schedule, int field) =>
        Assert.Equal(field, CronExpression.Parse(schedule).ErrorField);

    [Fact]
    public void Parse_ValidFields_HoldTheirValues()
    {
        var fields = CronExpression.Parse("*/15 9-17/4 ? jan,MAR mon-fri").Fields;

        Assert.Equal(5, fields.Count);
        Assert.True(fields[0].IsStep);
        Assert.Equal(15, fields[0].Step);
        Assert.Equal([9, 13, 17], fields[1].Values);
        Assert.True(fields[2].IsAny);
        Assert.Equal([1, 3], fields[3].Values);
        Assert.Equal([1, 2, 3, 4, 5], fields[4].Values);
    }

    [Theory]
    [InlineData("@daily")]
    [InlineData("0 0 * * 7")]
    public void Parse_DescriptorOrInvalid_HasNoFields(string schedule) =>
        Assert.Empty(CronExpression.Parse(schedule).Fields);

    [Fact]
    public void Parse_HugeStep_Terminates() =>
        Assert.Equal([0], CronExpression.Parse("0/9223372036854775807 * * * *").Fields[0].Values);
}
