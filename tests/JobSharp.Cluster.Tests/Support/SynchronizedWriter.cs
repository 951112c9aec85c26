using System.Text;

namespace JobSharp.Cluster.Tests.Support;

/// <summary>A <see cref="StringWriter"/> that several tasks may write to while a test reads it.</summary>
internal sealed class SynchronizedWriter : StringWriter
{
    private readonly Lock gate = new();

    public string Text
    {
        get
        {
            lock (gate)
            {
                return ToString();
            }
        }
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (gate)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (gate)
        {
            base.Write(value);
        }
    }
}
