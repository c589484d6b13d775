using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Following;
using LearningNetwork.Domain.Reflections;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>Projects, reflections, readers and follows written straight to the database, at the factory's clock.</summary>
public static class Content
{
    public static async Task<string> ReaderAsync(PortalFactory factory, string email, string barrier)
    {
        var id = await Network.PersonAsync(factory, email, email.Split('@')[0]);
        await FollowAsync(factory, id, FollowKind.Barrier, barrier);
        return id;
    }

    public static Task<int> FollowAsync(PortalFactory factory, string userId, FollowKind kind, string key) =>
        factory.WithDbAsync(db =>
        {
            db.Follows.Add(new Follow(userId, kind, key, DateTime.UtcNow));
            return db.SaveChangesAsync();
        });

    public static async Task<(int Experiment, string Author)> ProjectAsync(ClockedPortalFactory factory, Visibility visibility, string cbs = "GM0855", string? email = null)
    {
        email ??= $"auteur{Guid.NewGuid():N}@tilburg.nl";
        var author = await Network.PersonAsync(factory, email, "Auteur", cbs);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == author).ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyDigest, false)));
        var experiment = await factory.WithDbAsync(async db =>
        {
            var municipality = await db.Municipalities.Where(m => m.CbsCode == cbs).Select(m => m.Id).SingleAsync();
            var details = new ExperimentDetails($"Project {visibility} {cbs}", null, null, "Samen met het riool.", null, null, null, null, visibility, ["underground"], [], [], []);
            var created = new Experiment(municipality, details, ExperimentStatus.Running, author, factory.Clock.GetUtcNow().UtcDateTime.AddDays(-30), "Begonnen.");
            db.Experiments.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
        return (experiment, author);
    }

    public static Task<int> ReflectAsync(PortalFactory factory, int experiment, string author, string title, int[] barriers, DateTime atUtc) =>
        factory.WithDbAsync(async db =>
        {
            var reflection = new Reflection(experiment, author, ReflectionKind.WhatWorked, title, "Zo deden we het.", "<p>Zo deden we het.</p>", [], barriers, null, atUtc);
            db.Reflections.Add(reflection);
            await db.SaveChangesAsync();
            return reflection.Id;
        });
}
