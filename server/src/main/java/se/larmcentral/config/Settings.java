package se.larmcentral.config;

import se.larmcentral.alarms.receiver.AlarmAccount;
import se.larmcentral.alarms.receiver.AlarmSettings;
import se.larmcentral.telephony.DeskPhone;
import se.larmcentral.telephony.TelephonySettings;
import se.larmcentral.telephony.TelephonyTls;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a running centre is configured with. Read from one YAML file, each value overridable by an
 * environment variable ({@code journal.url} by {@code LARM_JOURNAL_URL}); every setting has a safe default.
 *
 * @param dataDir where embedded storage and caches live
 * @param demo    load the Stockholm demo data into an empty journal
 * @param demoCallers what the demo's simulated callers do (only with {@code demo})
 * @param telephony the telephony front (SIP): calls in from the trunk
 * @param alarms    the alarm receiving front (SIA DC-09): alarm transmitters' messages
 */
public record Settings(Path dataDir, Http http, Journal journal, Geo geo, boolean demo, Triage triage, Calls calls,
                       Auth auth, Console console, DemoCallers demoCallers, Dispatch dispatch,
                       Telephony telephony, Alarms alarms, Cluster cluster, Contract contract,
                       Exchange exchange, Warnings warnings) {

    /**
     * Incidents exchanged with other centres as NENA EIDO: checked at start by {@link ExchangeSettings}.
     *
     * @param eidoSchema NENA's EIDO OpenAPI document (openapi.yaml); empty: ../shared/data/eido/openapi.yaml beside
     *                   the installation when present, else EIDO import and export answer 503 naming this setting
     * @param agency     this centre's agency id in the EIDO URNs it sends (a domain name)
     */
    public record Exchange(String eidoSchema, String agency) {
    }

    /**
     * Public warnings as CAP 1.2: checked at start by {@link ExchangeSettings}.
     *
     * @param capSender the CAP {@code sender} of the centre's messages (no spaces, commas, {@code <} or {@code &})
     * @param capSchema the CAP 1.2 XML Schema (CAP-v1.2.xsd); when set, imported CAP is also checked against it
     */
    public record Warnings(String capSender, String capSchema) {
    }

    /**
     * The region's ambulance-care contract (avtal om ambulanssjukvård): checked and turned into the centre's
     * {@code ContractTerms} by {@link ContractSettings}. Empty {@code countyCode}: no contract, nothing ends.
     *
     * @param countyCode   the county's two-digit SCB code (01 = Stockholms län)
     * @param countyName   its name
     * @param start        first day in force (yyyy-mm-dd, Europe/Stockholm)
     * @param end          last day in force as first agreed (yyyy-mm-dd); it ends at that day's 24:00
     * @param extensions   extensions decided so far, in order; more are recorded through the API
     * @param fleet        the fleet that belongs to the contract, by reference (e.g. the fleet file)
     * @param responseRules the response rules that belong to it, by reference
     * @param receiver     who takes over at the end
     * @param reminderDays days before the end the supervisor is reminded
     */
    public record Contract(String countyCode, String countyName, String start, String end,
                           List<ContractExtension> extensions, String fleet, String responseRules,
                           ContractReceiver receiver, List<Integer> reminderDays) {

        public Contract {
            extensions = extensions == null ? List.of() : List.copyOf(extensions);
            reminderDays = reminderDays == null ? List.of() : List.copyOf(reminderDays);
        }
    }

    /** An extension decided: the new last day, the day decided, why. */
    public record ContractExtension(String newEnd, String decidedOn, String reason) {
    }

    /** The party that takes over: CENTRE or REGION, its name and a contact. */
    public record ContractReceiver(String kind, String name, String contact) {
    }

    /**
     * Several nodes on one PostgreSQL journal (a standby centre): one holds the writer lease and records commands,
     * the others follow and take over when it stops renewing the lease.
     *
     * @param nodeId       this node's name in the lease; empty: host name and process id. Unique per running node
     * @param advertiseUrl where this node's API is reached when it is the active one (named to clients of a standby)
     * @param leaseSeconds how long the lease lasts without renewal: the longest a dead or paused writer blocks
     * @param renewMillis  how often the active node renews it
     */
    public record Cluster(String nodeId, String advertiseUrl, int leaseSeconds, int renewMillis) {
    }

    /**
     * @param host            interface to listen on; {@code 127.0.0.1} keeps it on this machine
     * @param port            TCP port
     * @param maxRequestBytes larger request bodies are refused with 413
     * @param commandTimeoutMillis how long a request waits for its command to be durable
     * @param allowedHosts    host names a request's {@code Host} may name; empty: localhost and {@code host}
     * @param headerTimeoutMillis a request's headers must have arrived within this (slow clients are closed)
     * @param idleTimeoutMillis a connection silent this long is closed
     * @param maxConnectionsPerAddress open connections one client address may hold
     * @param commandsPerSecondPerAccount changes (non-GET requests) an account may send a second, steadily
     * @param commandBurstPerAccount changes an account may send at once
     * @param commandsPerSecondPerAddress changes one client address may send a second, steadily
     * @param commandBurstPerAddress changes one client address may send at once
     */
    public record Http(String host, int port, long maxRequestBytes, long commandTimeoutMillis, List<String> allowedHosts,
                       long headerTimeoutMillis, long idleTimeoutMillis, int maxConnectionsPerAddress,
                       int commandsPerSecondPerAccount, int commandBurstPerAccount, int commandsPerSecondPerAddress,
                       int commandBurstPerAddress) {

        public Http {
            allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        }
    }

    /**
     * @param url      JDBC URL; empty means embedded H2 under {@code dataDir}
     * @param maxBatch most commands in one commit
     */
    public record Journal(String url, String user, String password, String schema, int maxBatch,
                          long connectTimeoutMillis) {

        /** The password stays out of every printout of the settings (and out of a URL that carries one). */
        @Override
        public String toString() {
            return "Journal[url=" + JdbcUrls.withoutSecrets(url) + ", user=" + user + ", password="
                    + (password == null || password.isEmpty() ? "(none)" : "(set)") + ", schema=" + schema
                    + ", maxBatch=" + maxBatch + ", connectTimeoutMillis=" + connectTimeoutMillis + "]";
        }
    }

    /**
     * @param osmExtract     OpenStreetMap extract (.osm.pbf) of the region for road travel times; empty: estimates
     * @param graphCache     where the prepared road graph is kept between starts
     * @param municipalities GeoJSON of municipality boundaries (SCB) to find the municipality of a position
     * @param nearestMunicipalityMetres a position outside every boundary gets the nearest municipality within this
     *                                  distance (the boundaries are generalised); 0 never
     * @param regionCounties the two-digit SCB counties the centre sends units in; empty: all of Sweden
     * @param maxSnapMetres  farthest a position may lie from a road and still be routed
     * @param speeds         how fast an emergency vehicle drives each road: posted limit × factor per road class
     */
    public record Geo(String osmExtract, Path graphCache, String municipalities, int nearestMunicipalityMetres,
                      List<String> regionCounties, double maxSnapMetres, se.larmcentral.geo.RoadSpeeds speeds) {

        public Geo {
            speeds = speeds == null ? se.larmcentral.geo.RoadSpeeds.DEFAULT : speeds;
        }

        /** With the default road speeds. */
        public Geo(String osmExtract, Path graphCache, String municipalities, int nearestMunicipalityMetres,
                   List<String> regionCounties, double maxSnapMetres) {
            this(osmExtract, graphCache, municipalities, nearestMunicipalityMetres, regionCounties, maxSnapMetres,
                    se.larmcentral.geo.RoadSpeeds.DEFAULT);
        }
    }

    /**
     * @param indexFile         the medical index (YAML); empty for the shipped generic index
     * @param responseRulesFile the region's response rules (YAML); empty for Stockholm's
     */
    public record Triage(String indexFile, String responseRulesFile) {
    }

    /**
     * @param missingChildrenOrganisation the organisation 116 000 reports are handed over to
     * @param missingChildrenNumber       its number (E.164 or Swedish form); empty: hand-overs are refused naming this setting
     */
    public record Calls(String missingChildrenOrganisation, String missingChildrenNumber) {
    }

    /**
     * Login sessions and their protection. Sessions and failed-login counts are kept in the journal's database: a
     * restart, or another node on the same database, keeps every session and every lock-out.
     *
     * @param sessionIdleMinutes        a session unused this long has ended
     * @param sessionMaxHours           no session lasts longer than this, used or not (a 12-hour shift and a margin)
     * @param behindTlsProxy            the server is reached only through a proxy that terminates TLS: cookies are
     *                                  marked Secure and Strict-Transport-Security is sent although the proxy speaks
     *                                  plain HTTP to us
     * @param loginSlowdownAfter        failed logins in a row for one username before each further try must wait
     * @param loginLockAfter            failed logins in a row that lock the username
     * @param loginLockMinutes          how long a lock lasts (an administrator can unlock earlier)
     * @param loginsPerMinutePerAddress login attempts one client address may make per minute
     * @param trustedProxies            addresses or ranges of the proxies in front whose {@code X-Forwarded-For} names
     *                                  the client (for the login throttle and the log); empty: the connection's peer
     * @param oidc                      single sign-on with OpenID Connect, beside local accounts
     */
    public record Auth(int sessionIdleMinutes, int sessionMaxHours, boolean behindTlsProxy, int loginSlowdownAfter,
                       int loginLockAfter, int loginLockMinutes, int loginsPerMinutePerAddress,
                       List<String> trustedProxies, Oidc oidc) {

        public Auth {
            trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        }
    }

    /**
     * Single sign-on with OpenID Connect (see {@code auth/oidc}); off by default.
     *
     * @param issuer              the identity provider's issuer URL (its discovery document is under it)
     * @param clientId            this centre's client id at the provider
     * @param clientSecret        only from the environment ({@code LARM_AUTH_OIDC_CLIENT_SECRET}); empty: a public
     *                            client that proves itself with PKCE alone. Never printed
     * @param redirectUri         the absolute URL of {@code /auth/oidc/callback} as the provider knows it
     * @param scopes              space-separated, {@code openid} among them
     * @param groupsClaim         the ID token claim holding the user's groups
     * @param actorClaim          the ID token claim recorded (after {@code oidc:}) as the actor of their commands
     * @param groupRoles          which provider group gives which role (and, for a municipality administrator, which
     *                            municipalities)
     * @param loginTimeoutSeconds how long a started login may take before its state expires
     * @param providerTimeoutMillis how long a call to the provider may take
     */
    public record Oidc(boolean enabled, String issuer, String clientId, String clientSecret, String redirectUri,
                       String scopes, String groupsClaim, String actorClaim, List<GroupRole> groupRoles,
                       long loginTimeoutSeconds, long providerTimeoutMillis) {

        public Oidc {
            groupRoles = groupRoles == null ? List.of() : List.copyOf(groupRoles);
        }

        /** The secret stays out of every printout of the settings. */
        @Override
        public String toString() {
            return "Oidc[enabled=" + enabled + ", issuer=" + issuer + ", clientId=" + clientId + ", clientSecret="
                    + (clientSecret == null || clientSecret.isEmpty() ? "(none)" : "(set)") + ", redirectUri="
                    + redirectUri + ", scopes=" + scopes + ", groupsClaim=" + groupsClaim + ", actorClaim=" + actorClaim
                    + ", groupRoles=" + groupRoles + ", loginTimeoutSeconds=" + loginTimeoutSeconds
                    + ", providerTimeoutMillis=" + providerTimeoutMillis + "]";
        }
    }

    /**
     * One line of the group mapping: members of {@code group} get {@code role}.
     *
     * @param municipalities for {@code MUNICIPALITY_ADMIN} only: the SCB codes the group administers
     */
    public record GroupRole(String group, String role, List<String> municipalities) {

        public GroupRole {
            municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        }
    }

    /**
     * The operator console in the browser.
     *
     * @param tileUrl         map tiles, a URL template with {z}, {x}, {y} (and optionally {s}); empty: the map shows
     *                        boundaries, stations and units on a plain background (no internet needed)
     * @param tileAttribution the tile provider's required attribution, shown on the map
     * @param crewPositionSeconds how often a crew's terminal sends its position while on an assignment (5-3600 s)
     */
    public record Console(String tileUrl, String tileAttribution, int crewPositionSeconds) {
    }

    /**
     * The demo's simulated callers and call-taker ({@code ./larm demo} only), which keep the figures moving while
     * leaving the work to the people logged in.
     *
     * @param enabled            false: no simulated calls at all
     * @param answerAfterSeconds the simulated call-taker answers only calls that have waited this long, so people
     *                           take them first; 0: it never answers (unanswered callers hang up after a few minutes)
     * @param assignAfterMinutes a simulated incident no one has sent a unit to for this long gets the recommended
     *                           unit, so the pending queue does not grow without end; 0: never
     */
    public record DemoCallers(boolean enabled, int answerAfterSeconds, int assignAfterMinutes) {
    }

    /**
     * The dispatch desk's escalation.
     *
     * @param waitingLimitSeconds how long an incident of priority 1, 2, 3 and 4 may wait for a unit (from when it was
     *                            made) before the dispatcher and the supervisor are alerted, with sound
     * @param moveUp              the move-up advice shown to the dispatcher (förflyttning)
     */
    public record Dispatch(List<Integer> waitingLimitSeconds, MoveUp moveUp) {
    }

    /**
     * Move-up advice (förflyttning): which policy proposes moves of free ambulances, and its parameters. Checked and
     * turned into the centre's advice by {@link MoveUpSettings}.
     *
     * @param policy           none, dmexclp or compliance-table
     * @param busyFraction     DMEXCLP's q: the chance a unit is busy (0 &lt; q &lt; 1)
     * @param targetMinutes    the response-time target of priority 1, 2, 3 and 4 within which demand counts as covered
     * @param turnoutSeconds   added to the road time from a station
     * @param minGainPercent   the least rise in expected covered demand, in percent of all demand, worth a move
     * @param maxTravelMinutes the longest drive a proposed move may ask
     * @param demandPoints     where calls come from, each with a weight and a priority
     * @param demandArea       SOUTH,WEST,NORTH,EAST: a grid of equal demand over this box (with demandPoints); empty: none
     * @param demandAreaCells  the grid's rows and columns
     * @param complianceTable  row n (from 1) lists the n stations n free units should stand at
     * @param scope            DMEXCLP: any-idle (the single best move of any free unit; the live default, so a hole is
     *                         filled at once) or freed-unit (only free units on their way back, each to its best station)
     */
    public record MoveUp(String policy, double busyFraction, List<Integer> targetMinutes, int turnoutSeconds,
                         double minGainPercent, int maxTravelMinutes, List<DemandPointSetting> demandPoints,
                         String demandArea, int demandAreaCells, List<List<String>> complianceTable, String scope) {

        public MoveUp {
            demandPoints = demandPoints == null ? List.of() : List.copyOf(demandPoints);
            complianceTable = complianceTable == null ? List.of() : List.copyOf(complianceTable);
        }
    }

    /**
     * @param position LAT,LON
     * @param weight   its share of demand (calls a year, inhabitants)
     * @param priority the priority whose target applies (default 1)
     */
    public record DemandPointSetting(String position, double weight, Integer priority) {
    }

    /**
     * The telephony front: SIP (RFC 3261) over UDP and TCP, calls to the centre's numbers taken in from the trunk.
     * Checked by the telephony module's {@code TelephonySettings}; a failure to start it never stops the console.
     *
     * @param enabled       false: no SIP listener
     * @param host          the address SIP listens on
     * @param port          the SIP port for every transport
     * @param transports    UDP and/or TCP
     * @param allowedPeers  the trunk's IP addresses; requests from anyone else are refused with 403
     * @param outboundProxy where calls out go (host or host:port): a caller connected on is rung through it;
     *                      empty: none (connecting on fails, naming the setting)
     * @param announcements the folder of recorded messages (not-available.wav, closed.wav, refer-police.wav);
     *                      empty: {@code announcements} under {@code dataDir}
     * @param desks         the operator desks' SIP phones that may REGISTER: desk, digest user, and the environment
     *                      variable holding its secret (never the secret itself)
     * @param deskRingSeconds how long a desk's phone rings for a call before it goes to the next free desk
     * @param connectRingSeconds how long a number a caller is connected on to rings before it counts as no answer
     * @param queueMessageSeconds a caller waiting this long in the queue hears the queue message (0: never)
     * @param tls           SIP over TLS on a port of its own (off unless enabled)
     */
    public record Telephony(boolean enabled, String host, int port, List<String> transports, List<String> allowedPeers,
                            String outboundProxy, String announcements, List<Desk> desks, Integer deskRingSeconds,
                            Integer connectRingSeconds, Integer queueMessageSeconds, Tls tls) {

        public Telephony {
            transports = transports == null ? List.of() : List.copyOf(transports);
            allowedPeers = allowedPeers == null ? List.of() : List.copyOf(allowedPeers);
            desks = desks == null ? List.of() : List.copyOf(desks);
        }

        /**
         * SIP over TLS as the settings file gives it ({@code telephony.tls}): the key store's password is in the
         * environment variable {@code keyStorePasswordEnv} names, never here.
         */
        public record Tls(boolean enabled, Integer port, String keyStore, String keyStorePasswordEnv,
                          List<String> protocols) {

            TelephonyTls checked() {
                return new TelephonyTls(enabled, port == null ? TelephonyTls.DEFAULT_PORT : port,
                        keyStore == null || keyStore.isBlank() ? null : Path.of(keyStore), keyStorePasswordEnv,
                        protocols);
            }
        }

        /** One desk phone as the settings file gives it ({@code telephony.desks}). */
        public record Desk(String desk, String user, String secretEnv) {
        }

        /** As the telephony front takes them; refused naming the setting ({@code telephony.port}, ...). */
        public TelephonySettings checked() {
            return new TelephonySettings(enabled, host, port, transports, allowedPeers, outboundProxy,
                    announcements == null || announcements.isBlank() ? null : Path.of(announcements),
                    desks.stream().map(d -> new DeskPhone(d.desk(), d.user(), d.secretEnv())).toList(),
                    deskRingSeconds == null ? TelephonySettings.DEFAULT_DESK_RING_SECONDS : deskRingSeconds,
                    connectRingSeconds == null ? TelephonySettings.DEFAULT_CONNECT_RING_SECONDS : connectRingSeconds,
                    queueMessageSeconds == null ? TelephonySettings.DEFAULT_QUEUE_MESSAGE_SECONDS : queueMessageSeconds,
                    tls == null ? TelephonyTls.off() : tls.checked());
        }
    }

    /**
     * The alarm receiving front: SIA DC-09 over TCP and UDP from alarm transmitters. Checked by the alarms module's
     * {@code AlarmSettings}; a failure to start it never stops the console.
     *
     * @param enabled                false: no listener
     * @param host                   the address to listen on
     * @param tcpPort                DC-09 over TCP (-1: none)
     * @param udpPort                DC-09 over UDP (-1: none)
     * @param timestampAheadSeconds  how far a message's timestamp may be ahead of the receiver (DC-09: 20)
     * @param timestampBehindSeconds how far behind (DC-09: 40)
     * @param duplicateWindowSeconds a message resent within this is ACKed again and recorded once
     * @param queuePerSource         UDP frames waiting per source address; more are dropped unanswered
     * @param connectionsPerAddress  TCP connections one address may hold open
     * @param accounts               the known accounts: number, the environment variable with its AES key, the
     *                               key's form, the supervision interval
     */
    public record Alarms(boolean enabled, String host, int tcpPort, int udpPort, int timestampAheadSeconds,
                         int timestampBehindSeconds, int duplicateWindowSeconds, int queuePerSource,
                         int connectionsPerAddress, List<Account> accounts) {

        public Alarms {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }

        /** One account as the settings file gives it ({@code alarms.accounts}). */
        public record Account(String account, String keyEnv, AlarmAccount.KeyForm keyForm, Integer supervisionSeconds) {
        }

        /** As the alarms front takes them; refused naming the setting ({@code alarms.tcpPort}, ...). */
        public AlarmSettings checked() {
            return new AlarmSettings(enabled, host, tcpPort, udpPort, timestampAheadSeconds, timestampBehindSeconds,
                    duplicateWindowSeconds, queuePerSource, connectionsPerAddress, accounts.stream()
                    .map(a -> new AlarmAccount(a.account(), a.keyEnv(), a.keyForm(),
                            a.supervisionSeconds() == null ? 0 : a.supervisionSeconds())).toList());
        }
    }
}
