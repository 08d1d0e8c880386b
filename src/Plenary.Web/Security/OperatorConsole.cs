namespace Plenary.Web.Security;

/// <summary>
/// What the server tells the person who started it, once: the demo accounts' password, the setup
/// code of a new deployment. Written straight to the console, never to the log, so that a secret
/// shown once does not travel on to wherever the log is kept.
/// </summary>
public sealed class OperatorConsole(TextWriter writer)
{
    public OperatorConsole() : this(Console.Out) { }

    public void Tell(string message)
    {
        lock (writer) writer.WriteLine(message);
    }
}

/// <summary>Whether the demo was asked for (--demo, or Plenary:Demo; on by default in Development alone).</summary>
public sealed record DemoMode(bool Enabled);
