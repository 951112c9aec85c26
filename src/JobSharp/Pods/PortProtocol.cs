namespace JobSharp;

/// <summary>The protocol of a container port.</summary>
public enum PortProtocol
{
    /// <summary>TCP, the server's default.</summary>
    TCP,

    /// <summary>UDP.</summary>
    UDP,

    /// <summary>SCTP.</summary>
    SCTP,
}
