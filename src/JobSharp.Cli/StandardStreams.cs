using System.Globalization;
using System.Text;

namespace JobSharp.Cli;

/// <summary>
/// The process's standard streams as the tool uses them: UTF-8 without a byte order mark and <c>\n</c> line ends
/// whatever the locale's charset, standard input as bytes (decoded strictly by the loader, like a file). A write to
/// a closed or failing standard output throws an <see cref="IOException"/> that says so in plain words; a failing
/// standard error is ignored, as there is nowhere left to report it.
/// </summary>
internal static class StandardStreams
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static TextWriter Output() => new StandardWriter(Console.OpenStandardOutput, "standard output", isError: false);

    public static TextWriter Error() => new StandardWriter(Console.OpenStandardError, "standard error", isError: true);

    /// <summary>Standard input; a closed one is an <see cref="IOException"/> saying so.</summary>
    public static Stream Input()
    {
        try
        {
            return Console.OpenStandardInput();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException("it is closed", e);
        }
    }

    /// <summary>Whether <paramref name="writer"/> writes to the process's standard error.</summary>
    public static bool IsConsoleError(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) || writer is StandardWriter { IsError: true };

    /// <summary>
    /// Writes through at once (progress and followed logs must show while the verb runs). The stream is opened at
    /// the first write: opening a closed descriptor fails (EBADF), and only a verb that writes should fail for it.
    /// </summary>
    private sealed class StandardWriter : TextWriter
    {
        private readonly Func<Stream> _open;
        private readonly string _name;
        private StreamWriter? _writer;

        public StandardWriter(Func<Stream> open, string name, bool isError)
            : base(CultureInfo.InvariantCulture)
        {
            _open = open;
            _name = name;
            IsError = isError;
            CoreNewLine = ['\n'];
        }

        public bool IsError { get; }

        public override Encoding Encoding => Utf8;

        public override void Write(char value) => Guard(w => w.Write(value));

        public override void Write(string? value) => Guard(w => w.Write(value));

        public override void Write(char[] buffer, int index, int count) => Guard(w => w.Write(buffer, index, count));

        public override void Flush()
        {
            if (_writer is not null)
            {
                Guard(w => w.Flush());
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                try
                {
                    _writer?.Dispose();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Already reported by the write that failed.
                }
            }

            base.Dispose(disposing);
        }

        private void Guard(Action<StreamWriter> write)
        {
            try
            {
                write(_writer ??= new StreamWriter(_open(), Utf8) { AutoFlush = true, NewLine = "\n" });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                if (!IsError)
                {
                    // A closed descriptor (EBADF) surfaces as UnauthorizedAccessException ("Access to the path is denied").
                    var reason = e is IOException ? e.Message : "it is closed";
                    throw new IOException($"cannot write to {_name}: {reason}", e);
                }
            }
        }
    }
}
