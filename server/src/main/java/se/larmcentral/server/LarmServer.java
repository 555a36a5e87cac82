package se.larmcentral.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.journal.ClusterSettings;
import se.larmcentral.journal.JdbcJournal;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.journal.login.JdbcSessionStore;
import se.larmcentral.journal.login.JdbcThrottleStore;
import se.larmcentral.web.audit.AuditRoutes;
import se.larmcentral.web.auth.ActorResolver;
import se.larmcentral.web.auth.PrincipalActorResolver;
import se.larmcentral.web.auth.RoleGate;
import se.larmcentral.web.auth.SessionStarter;
import se.larmcentral.web.accounts.AccountRoutes;
import se.larmcentral.web.auth.oidc.OidcRoutes;
import se.larmcentral.centre.dispatch.ServiceRegion;
import se.larmcentral.centre.accounts.PasswordHasher;
import se.larmcentral.web.auth.session.AccountAuthenticator;
import se.larmcentral.web.auth.session.ClientAddress;
import se.larmcentral.web.auth.session.LoginThrottle;
import se.larmcentral.web.auth.session.SessionRoutes;
import se.larmcentral.web.auth.session.Sessions;
import se.larmcentral.web.calls.CallsApi;
import se.larmcentral.demo.DemoCallGenerator;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.alarms.AlarmLog;
import se.larmcentral.alarms.receiver.AlarmReceiver;
import se.larmcentral.centre.CentreExtension;
import se.larmcentral.centre.dispatch.DispatchAdvice;
import se.larmcentral.centre.dispatch.FleetCoverage;
import se.larmcentral.centre.time.Scheduler;
import se.larmcentral.centre.time.WallClockScheduler;
import se.larmcentral.dispatch.WaitingLimits;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.geo.TravelTimes;
import se.larmcentral.server.RoadTravelTimes;
import se.larmcentral.web.desks.DeskRoutes;
import se.larmcentral.web.calls.ConnectRoutes;
import se.larmcentral.web.shiftlog.ShiftLogRoutes;
import se.larmcentral.config.ExchangeSettings;
import se.larmcentral.config.Settings;
import se.larmcentral.demo.DemoAccounts;
import se.larmcentral.web.console.ConsoleRoutes;
import se.larmcentral.web.console.ConsoleSite;
import se.larmcentral.web.console.MunicipalityBoundaries;
import se.larmcentral.demo.DemoData;
import se.larmcentral.web.dispatch.DispatchRoutes;
import se.larmcentral.web.ApiServer;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.EventRoutes;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.CommandRateLimit;
import se.larmcentral.web.HostAllowList;
import se.larmcentral.web.HttpEdges;
import se.larmcentral.web.IdempotencyKeys;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.web.SecurityHeaders;
import se.larmcentral.web.SystemRoutes;
import se.larmcentral.web.triage.TriageRoutes;
import se.larmcentral.server.TriageSettings;
import se.larmcentral.web.social.SocialRoutes;
import se.larmcentral.telephony.SipFront;
import se.larmcentral.triage.TriageConfig;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** A running centre with its HTTP API: the product as {@code ./larm serve} starts it. */
public final class LarmServer implements AutoCloseable {

    public static final String VERSION = "0.1.0";

    private final Centre centre;
    private final ApiServer api;
    private final List<RouteGroup> groups;
    private final Sessions sessions;
    private final TelephonyFront telephony;
    private final AlarmsFront alarms;
    private final CliAccessFile cliAccess;

    private LarmServer(Centre centre, ApiServer api, List<RouteGroup> groups, Sessions sessions,
                       TelephonyFront telephony, AlarmsFront alarms, CliAccessFile cliAccess) {
        this.cliAccess = cliAccess;
        this.centre = centre;
        this.api = api;
        this.groups = groups;
        this.sessions = sessions;
        this.telephony = telephony;
        this.alarms = alarms;
    }

    public static LarmServer start(Settings settings, Clock clock) {
        return start(settings, clock, settings.demo() ? List.of(DemoData.EXTENSION) : List.of());
    }

    /** With the given front extensions (a test that loads the demo's data into a centre that runs no demo). */
    public static LarmServer start(Settings settings, Clock clock, List<CentreExtension> frontExtensions) {
        // The alarms' events are always registered, so a journal that holds them reads with the receiver off.
        List<CentreExtension> extensions = new java.util.ArrayList<>(frontExtensions);
        if (!extensions.contains(AlarmLog.EXTENSION)) {
            extensions.add(AlarmLog.EXTENSION);
        }
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        TriageConfig triage = TriageSettings.config(settings.triage());
        Duration commandTimeout = Duration.ofMillis(settings.http().commandTimeoutMillis());
        MunicipalityLookup lookup = municipalityLookup(settings.geo());
        ServiceRegion region = new ServiceRegion(Set.copyOf(settings.geo().regionCounties()), lookup);
        Centre centre = Centre.open(journalSettings(settings), clusterSettings(settings), new Centre.Setup(clock, meters,
                () -> triage, commandTimeout, extensions, region,
                se.larmcentral.config.ContractSettings.terms(settings.contract())));
        if (!centre.loop().isActive()) {
            System.out.println("cluster: node " + centre.journal().nodeId() + " is a standby: it follows the journal and"
                    + " takes over when the active node's lease runs out (" + centre.journal().lease()
                    .map(se.larmcentral.journal.Lease::describe).orElse("no lease") + ")");
        }
        TelephonyFront telephony = TelephonyFront.OFF;
        AlarmsFront alarms = AlarmsFront.OFF;
        try {
            TriageSettings.requirePublishedVersionsReadable(centre);
            PasswordHasher hasher = new PasswordHasher();
            if (settings.demo() && centre.loop().isActive()) { // a standby's active node has loaded them
                System.out.println(DemoData.loadMissing(centre, clock));
                System.out.println(DemoAccounts.ensure(centre, hasher, settings.dataDir()));
            }
            TravelTimes travelTimes = RoadTravelTimes.open(settings.geo(), System.out::println);
            java.util.Optional<se.larmcentral.geo.streets.OfflineMap> offlineMap = OfflineMaps.open(settings, System.out::println);
            String coverage = centre.read(state -> FleetCoverage.describe(state.dispatch(), travelTimes));
            if (coverage != null) {
                System.out.println(coverage);
            }
            DispatchAdvice advice = new DispatchAdvice(travelTimes, new Recommender(), new WaitingLimits(
                    settings.dispatch().waitingLimitSeconds().stream().map(Duration::ofSeconds).toList()),
                    se.larmcentral.config.MoveUpSettings.advice(settings.dispatch().moveUp()));
            Scheduler scheduler = new WallClockScheduler(clock);
            centre.startProcesses(scheduler);
            // Guarded: a telephony front that cannot start is reported on /health, the console runs on.
            telephony = TelephonyFront.start(settings.telephony(), centre, clock, lookup);
            alarms = AlarmsFront.start(settings.alarms(), centre, scheduler);
            AlarmsFront alarmsStarted = alarms;
            TelephonyFront telephonyStarted = telephony;
            // Enums answer with their toString: the audit's subjects by their wire names (the centre carries no JSON annotations).
            ObjectMapper mapper = se.larmcentral.web.triage.TriageJson.readable(
                    EventCodec.newObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_ENUMS_USING_TO_STRING));
            Settings.Auth auth = settings.auth();
            // Sessions and the throttle live beside the journal: every node of the centre sees them, a restart keeps them.
            javax.sql.DataSource loginDatabase = journalDataSource(centre);
            Sessions sessions = new Sessions(new JdbcSessionStore(loginDatabase), clock, auth);
            LoginThrottle throttle = new LoginThrottle(new JdbcThrottleStore(loginDatabase), clock, auth);
            ActorResolver actors = new PrincipalActorResolver();
            CommandGateway gateway = new CommandGateway(centre, actors);
            JsonBody body = new JsonBody(mapper, settings.http().maxRequestBytes());
            CallsApi calls = CallsApi.start(settings, centre, gateway, body, lookup, clock);
            DispatchRoutes dispatch = new DispatchRoutes(gateway, body, settings.http().maxRequestBytes(), advice, clock);
            se.larmcentral.eido.EidoExchange eido = ExchangeSettings.eido(settings.exchange());
            java.util.function.Supplier<se.larmcentral.journal.Replication> replication = replication(centre);
            if (replication != NO_REPLICATION) {
                ReplicationMetrics.bind(meters, replication);
            }
            List<RouteGroup> groups = List.of(
                    new SystemRoutes(centre.loop(), meters, () -> {
                        List<String> degraded = new java.util.ArrayList<>(telephonyStarted.degraded());
                        degraded.addAll(alarmsStarted.degraded());
                        return degraded;
                    }, replication),
                    new se.larmcentral.web.ClusterRoutes(centre.loop(), replication, replication != NO_REPLICATION),
                    new EventRoutes(centre.loop(), mapper, clock, meters),
                    new ShiftLogRoutes(gateway, body),
                    new DeskRoutes(gateway, body),
                    new ConnectRoutes(gateway),
                    new TriageRoutes(gateway, body, settings.http().maxRequestBytes()),
                    dispatch,
                    new SocialRoutes(gateway, body, settings.http().maxRequestBytes(), clock),
                    calls,
                    new se.larmcentral.web.warnings.WarningRoutes(gateway, body, settings.http().maxRequestBytes(), clock,
                            settings.warnings().capSender(), ExchangeSettings.capSchema(settings.warnings())),
                    new SessionRoutes(centre.loop(), sessions, throttle, hasher, body, clock, auth.behindTlsProxy(),
                            new ClientAddress(auth.trustedProxies())),
                    new AccountRoutes(gateway, body, hasher, sessions, throttle),
                    new AuditRoutes(centre.loop(), centre.codec()),
                    new se.larmcentral.web.crisis.ContractRoutes(gateway, body, clock, eido),
                    new ConsoleRoutes(settings.console(),
                            MunicipalityBoundaries.of(settings.geo().municipalities(), mapper)),
                    new se.larmcentral.web.console.MapRoutes(offlineMap, mapper),
                    new se.larmcentral.web.crisis.MajorIncidentRoutes(gateway, body, clock),
                    new se.larmcentral.web.exchange.EidoRoutes(gateway, body, settings.http().maxRequestBytes(),
                            eido, clock),
                    new se.larmcentral.web.alarms.AlarmRoutes(gateway, body,
                            se.larmcentral.alarms.codes.SiaCodeTable.standard(), clock));
            groups = withSingleSignOn(groups, settings.auth().oidc(), sessions, clock);
            // Every request is authenticated (session cookie or API token), then passes the gate; commands name the
            // authenticated account as their actor.
            // The command line on this machine reads through the running centre with a token only its user can read.
            String cliToken = CliAccessFile.newToken();
            try {
                ApiServer api = new ApiServer(settings.http().host(), settings.http().port(), mapper, groups, VERSION,
                        new se.larmcentral.web.auth.LocalCliAuthenticator(cliToken,
                                new AccountAuthenticator(centre.loop(), sessions, clock, auth.behindTlsProxy())),
                        new RoleGate(centre.loop()::read, settings.http().maxRequestBytes(), clock),
                        new SecurityHeaders(ConsoleSite.imageOrigins(settings.console()), auth.behindTlsProxy()),
                        new ConsoleSite(), edges(settings.http(), new ClientAddress(auth.trustedProxies()), clock,
                                new se.larmcentral.journal.JdbcCommandAnswers(loginDatabase))).start();
                if (settings.demo() && centre.loop().isActive()) { // a standby's active node has loaded them
                    DemoCallGenerator.start(centre, scheduler, lookup, advice, settings.demoCallers(), DemoAccounts.UNIT);
                }
                CliAccessFile cliAccess;
                try {
                    cliAccess = CliAccessFile.write(settings.dataDir(), localUrl(settings.http(), api.port()), cliToken);
                } catch (RuntimeException e) {
                    api.close();
                    throw e;
                }
                return new LarmServer(centre, api, groups, sessions, telephony, alarms, cliAccess);
            } catch (RuntimeException e) {
                closeAll(groups);
                throw e;
            }
        } catch (RuntimeException e) {
            alarms.close();
            telephony.close();
            centre.close();
            throw e;
        }
    }

    /**
     * OpenID Connect single sign-on, when {@code auth.oidc.enabled}. Its sessions open through the same
     * {@link Sessions} as a local login (cookie, CSRF token, timeouts, logout), so the two behave alike.
     */
    private static List<RouteGroup> withSingleSignOn(List<RouteGroup> groups, Settings.Oidc oidc, SessionStarter sessions,
                                                     Clock clock) {
        if (!oidc.enabled()) {
            return groups;
        }
        List<RouteGroup> all = new java.util.ArrayList<>(groups);
        all.add(new OidcRoutes(oidc, sessions, clock));
        return List.copyOf(all);
    }

    /**
     * Where a tool on this machine reaches the API: the loopback address when the server listens on every interface
     * and answers to it, else the listening host or the first name in {@code http.allowedHosts}.
     */
    public static String localUrl(Settings.Http http, int port) {
        String host = http.host();
        boolean everywhere = host.equals("0.0.0.0") || host.equals("::");
        List<String> allowed = http.allowedHosts();
        if (everywhere && !allowed.isEmpty() && !allowed.contains("127.0.0.1") && !allowed.contains("localhost")) {
            host = allowed.get(0);
        } else if (everywhere) {
            host = "127.0.0.1";
        }
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The HTTP edge's limits from {@code http.*}. */
    static HttpEdges edges(Settings.Http http, ClientAddress addresses, Clock clock,
                           se.larmcentral.journal.CommandAnswers answers) {
        return new HttpEdges(new HostAllowList(http.allowedHosts(), http.host()),
                Duration.ofMillis(http.headerTimeoutMillis()), Duration.ofMillis(http.idleTimeoutMillis()),
                http.maxConnectionsPerAddress(),
                new CommandRateLimit(new CommandRateLimit.Rate(http.commandsPerSecondPerAccount(), http.commandBurstPerAccount()),
                        new CommandRateLimit.Rate(http.commandsPerSecondPerAddress(), http.commandBurstPerAddress())),
                addresses::of, new IdempotencyKeys(clock, http.maxRequestBytes(), answers));
    }

    /** The SCB boundaries named by {@code geo.municipalities}, or none (the operator then chooses). */
    static MunicipalityLookup municipalityLookup(Settings.Geo geo) {
        String file = geo.municipalities();
        MunicipalityLookup lookup = file == null || file.isBlank() ? MunicipalityLookup.none()
                : MunicipalityLookup.fromGeoJson(java.nio.file.Path.of(file), geo.nearestMunicipalityMetres());
        System.out.println("calls: " + (lookup.configured() ? "municipalities located by " + file
                + (geo.regionCounties().isEmpty() ? "; the region is all of Sweden"
                : "; the region is county " + String.join(", ", geo.regionCounties()))
                : "no municipality boundaries (geo.municipalities): the operator chooses the municipality and"
                + " incident positions are not checked against the region"));
        return lookup;
    }

    private static final java.util.function.Supplier<se.larmcentral.journal.Replication> NO_REPLICATION = () -> null;

    /** The PostgreSQL replication state for /ready and the cluster view, or always null on an embedded journal. */
    private static java.util.function.Supplier<se.larmcentral.journal.Replication> replication(Centre centre) {
        if (centre.journal() instanceof JdbcJournal jdbc && jdbc.database().settings().isPostgres()) {
            return new ReplicationProbe(jdbc.database().dataSource());
        }
        return NO_REPLICATION;
    }

    /** The journal's database pool, which also holds the login sessions and the login throttle's counters. */
    private static javax.sql.DataSource journalDataSource(Centre centre) {
        if (centre.journal() instanceof JdbcJournal jdbc) {
            return jdbc.database().dataSource();
        }
        throw new IllegalStateException("the server keeps its login sessions in the journal's database, but this"
                + " centre's journal is " + centre.journal().getClass().getSimpleName());
    }

    /** This node's part in a shared journal, from {@code cluster.*}. */
    public static ClusterSettings clusterSettings(Settings settings) {
        Settings.Cluster cluster = settings.cluster();
        String nodeId = cluster.nodeId() == null || cluster.nodeId().isBlank() ? ClusterSettings.defaultNodeId() : cluster.nodeId();
        String url = cluster.advertiseUrl() == null || cluster.advertiseUrl().isBlank() ? null : cluster.advertiseUrl();
        return ClusterSettings.defaults().withNode(nodeId, url)
                .withTimes(Duration.ofSeconds(cluster.leaseSeconds()), Duration.ofMillis(cluster.renewMillis()));
    }

    public static JournalSettings journalSettings(Settings settings) {
        Settings.Journal journal = settings.journal();
        JournalSettings base = journal.url() == null || journal.url().isBlank()
                ? JournalSettings.h2File(settings.dataDir().resolve("journal"))
                : new JournalSettings(journal.url().startsWith("jdbc:h2:")
                        ? JournalSettings.withJournalOptions(journal.url()) : journal.url(),
                        journal.user(), journal.password(), null, 512, Duration.ZERO);
        String schema = journal.schema() == null || journal.schema().isBlank() ? null : journal.schema();
        return new JournalSettings(base.jdbcUrl(), base.user(), base.password(), schema, journal.maxBatch(),
                Duration.ofMillis(journal.connectTimeoutMillis()));
    }

    public int port() {
        return api.port();
    }

    public ApiServer api() {
        return api;
    }

    public Centre centre() {
        return centre;
    }

    /** Opens login sessions (local login, and single sign-on once it has proved who someone is). */
    public SessionStarter sessions() {
        return sessions;
    }

    /** The telephony front, when it runs. */
    public Optional<SipFront> telephony() {
        return telephony.running();
    }

    /** The alarm receiving front, when it runs. */
    public Optional<AlarmReceiver> alarms() {
        return alarms.running();
    }

    @Override
    public void close() {
        cliAccess.close();
        api.close();
        alarms.close();
        telephony.close();
        closeAll(groups);
        centre.close();
    }

    /** Route groups that hold something open (the event stream's clients) stop with the server. */
    private static void closeAll(List<RouteGroup> groups) {
        groups.stream().filter(AutoCloseable.class::isInstance).forEach(g -> closeQuietly((AutoCloseable) g));
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("closing " + closeable.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
