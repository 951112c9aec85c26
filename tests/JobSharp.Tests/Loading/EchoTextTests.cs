using JobSharp.Internal;

namespace JobSharp.Tests.Loading;

public sealed class EchoTextTests
{
    [Fact]
    public void Of_UpTo80Characters_Whole()
    {
        var text = new string('a', 80);

        Assert.Equal(text, EchoText.Of(text));
    }

    [Fact]
    public void Of_LongerText_First60AndTheLength()
    {
        Assert.Equal(new string('a', 60) + "... (1048576 characters)", EchoText.Of(new string('a', 1 << 20)));
    }

    [Fact]
    public void Of_SurrogatePairAtTheCut_IsNotSplit()
    {
        var text = new string('a', 59) + "\U0001F600" + new string('b', 40);

        Assert.Equal(new string('a', 59) + "... (101 characters)", EchoText.Of(text));
    }

    [Fact]
    public void Of_Credential_IsMasked()
    {
        Assert.Equal("****", EchoText.Of("hunter2", isCredential: true));
        Assert.Equal("redis://:****@cache", EchoText.Of("redis://:pw@cache"));
    }
}
