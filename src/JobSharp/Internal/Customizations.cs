namespace JobSharp.Internal;

/// <summary>Runs <c>Customize</c> callbacks on a freshly built model.</summary>
internal static class Customizations
{
    public static void Apply<TModel>(IEnumerable<Action<TModel>> changes, TModel model, string owner)
    {
        foreach (var change in changes)
        {
            try
            {
                change(model);
            }
            catch (NullReferenceException e)
            {
                // The usual cause is a list or map the DSL left unset, which the model holds as null.
                throw new InvalidOperationException(
                    $"A Customize callback on {owner} read a field that is not set (NullReferenceException). Lists, maps and "
                    + "objects the DSL has not set are null in the model: create them first, such as "
                    + "'spec.NodeSelector ??= new Dictionary<string, string>()', or use the DSL's own method for the field.",
                    e);
            }
        }
    }
}
