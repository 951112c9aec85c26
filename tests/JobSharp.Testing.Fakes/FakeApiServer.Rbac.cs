namespace JobSharp.Testing.Fakes;

/// <summary>Role-based access as the API server enforces it, per namespace, resource and verb.</summary>
public sealed partial class FakeApiServer
{
    private readonly HashSet<(string Ns, string Plural, string Verb)> forbiddenVerbs = [];

    /// <summary>
    /// The <paramref name="verbs"/> (<c>get</c>, <c>list</c>, <c>watch</c>, <c>create</c>, <c>patch</c>, <c>update</c>,
    /// <c>delete</c>) on <paramref name="plural"/> in <paramref name="ns"/> get 403 Forbidden, as for an account whose
    /// role lacks them; other verbs still work.
    /// </summary>
    public void Forbid(string ns, string plural, params string[] verbs)
    {
        lock (gate)
        {
            foreach (var verb in verbs)
            {
                forbiddenVerbs.Add((ns, plural, verb));
            }
        }
    }
}
