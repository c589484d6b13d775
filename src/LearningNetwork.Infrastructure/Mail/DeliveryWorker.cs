using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Digests;
using LearningNetwork.Application.Experiments.Documents;
using LearningNetwork.Application.Mail;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Application.Radar;
using LearningNetwork.Application.Werksessies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Infrastructure.Mail;

/// <summary>Wakes the background sender at once when mail is queued, instead of at its next poll.</summary>
internal sealed class DeliverySignal : IDeliverySignal, IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Notify()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one wake-up is enough.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => await _wake.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _wake.Dispose();
}

/// <summary>
/// The background sender on every node: composes due digests and notification mail, and delivers the mail outbox, when woken and at least
/// every <see cref="DeliveryOptions.PollSeconds"/>. Claims in the database keep two nodes from doing the same work.
/// </summary>
internal sealed partial class DeliveryWorker(
    IServiceScopeFactory scopes,
    DeliverySignal signal,
    IHostApplicationLifetime lifetime,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        // Not before the host has started: the database is migrated and seeded by then.
        await Task.Delay(Timeout.Infinite, lifetime.ApplicationStarted).ContinueWith(_ => { }, TaskScheduler.Default);
        await PlanOnceAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Each in its own scope and its own try: a digest that cannot be composed never holds up a password mail.
            // A harvest published and a step overdue first: the digest and the notification mail that follow tell them.
            await RunAsync(sp => sp.GetRequiredService<HarvestFollowUp>().RunDueAsync(stoppingToken), stoppingToken);
            await RunAsync(sp => sp.GetRequiredService<CouplingWindowPrompts>().SendDueAsync(stoppingToken), stoppingToken);
            await RunAsync(sp => sp.GetRequiredService<DocumentPurge>().PurgeDueAsync(stoppingToken), stoppingToken);
            await RunAsync(sp => sp.GetRequiredService<DigestSender>().SendDueAsync(stoppingToken), stoppingToken);
            await RunAsync(sp => sp.GetRequiredService<NotificationMailer>().SendDueAsync(stoppingToken), stoppingToken);
            await RunAsync(sp => sp.GetRequiredService<WerksessieReminders>().SendDueAsync(stoppingToken), stoppingToken);
            await RunAsync(sp => sp.GetRequiredService<MailOutbox>().DeliverDueAsync(stoppingToken), stoppingToken);

            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>At start-up the planner runs once, so a week that came due while the portal was down is planned at once.</summary>
    private Task PlanOnceAsync(CancellationToken stoppingToken) =>
        RunAsync(sp => sp.GetRequiredService<DigestPlanner>().PlanDueWeekAsync(stoppingToken), stoppingToken);

    private async Task RunAsync(Func<IServiceProvider, Task> work, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogRoundFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of the background sender failed; it tries again at the next round")]
    private partial void LogRoundFailed(Exception exception);
}
