using JobSharp.Explaining;

namespace JobSharp.Tests.Explaining;

public sealed class CronTextTests
{
    [Theory]
    [InlineData("* * * * *", "every minute")]
    [InlineData("*/15 * * * *", "every 15 minutes")]
    [InlineData("5 * * * *", "every hour at minute 5")]
    [InlineData("0,30 * * * *", "every hour at minutes 0 and 30")]
    [InlineData("0 */2 * * *", "every 2 hours at minute 0")]
    [InlineData("0 2 * * *", "every day at 02:00")]
    [InlineData("30 2,14 * * *", "every day at 02:30 and 14:30")]
    [InlineData("0 9 * * 1-5", "at 09:00 on Monday to Friday")]
    [InlineData("0 9 * * MON-FRI", "at 09:00 on Monday to Friday")]
    [InlineData("0 0 * * 0", "at 00:00 on Sunday")]
    [InlineData("0 0 1 * *", "at 00:00 on day 1 of the month")]
    [InlineData("0 0 1,15 * *", "at 00:00 on days 1 and 15 of the month")]
    [InlineData("0 0 1 1 *", "at 00:00 on day 1 of the month in January")]
    [InlineData("0 6 * jan,jul *", "at 06:00 in January and July")]
    [InlineData("*/5 9-17 * * 1-5", "every 5 minutes from 09:00 to 17:59 on Monday to Friday")]
    [InlineData("0 0 13 * 5", "at 00:00 on day 13 of the month and on Friday (either one is enough)")]
    [InlineData("@daily", "every day at 00:00")]
    [InlineData("@hourly", "every hour, at minute 0")]
    [InlineData("@weekly", "once a week, at 00:00 on Sunday")]
    [InlineData("@every 1h30m", "every 1h30m")]
    public void Describe_CommonPatterns_InWords(string schedule, string words)
    {
        Assert.Equal(words, CronText.Describe(schedule));
    }

    [Theory]
    [InlineData("0 0 * * * *")]
    [InlineData("0 0 */2 * *")]
    [InlineData("61 * * * *")]
    [InlineData("0 0 * * 7")]
    [InlineData("not a schedule")]
    [InlineData("*/5 1,5 * * *")]
    public void Describe_UnusualOrInvalid_ReturnsNull(string schedule)
    {
        Assert.Null(CronText.Describe(schedule));
    }
}
