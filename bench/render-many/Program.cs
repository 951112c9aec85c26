using System.Globalization;
using JobSharp.Cli;
using JobSharpMany;

// Usage: render-many COUNT VERB [ARGS...]
// A JobSharpApp program that defines COUNT Jobs of the seed's three shapes and runs VERB on them, as a user's
// program would: render-many 100000 render -o DIR.
var count = int.Parse(args[0], CultureInfo.InvariantCulture);
var app = new JobSharpApp();
for (var i = 0; i < count; i++)
{
    app.Add(SeedShapes.Create(i));
}

return await app.RunAsync(args[1..]);
