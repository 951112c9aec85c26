using ConfigRepo;

return await Repository.Define().RunAsync(args);
