package se.larmcentral.web.words;

import java.util.List;

/**
 * English phrases of the domain's texts with their Swedish, applied in order to a text (the more specific first).
 * A text with no known phrase stays as it is. {@link #EXPLANATIONS} is for what the console explains (social
 * routing, dispatch flags, recommendations, the queue, hospitals, travel-time notes), {@link #PROBLEMS} for
 * refusals; the latter keeps the API's own values (enum constants, field names) as they are sent.
 */
public final class Phrasebook {

    private final List<Phrase> phrases;

    private Phrasebook(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** The text in Swedish, as far as its phrases are known. */
    public String swedish(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Phrase phrase : phrases) {
            result = phrase.apply(result);
        }
        return result;
    }

    private static final String DAY = "\\d{4}-\\d\\d-\\d\\d";
    private static final String WHEN = "\\S+";

    /** The words of decisions, flags, recommendations and travel-time notes. */
    public static final Phrasebook EXPLANATIONS = new Phrasebook(List.of(
            // social routing (SocialRouter, ReferenceRouter, DecisionTexts)
            Phrase.of("no agreement in force for (\\d{4}) at ", "inget avtal gäller för $1 vid "),
            Phrase.of("no-agreement policy row from (\\S+): ", "regeln för kommuner utan avtal från $1: "),
            Phrase.of("no agreement; policy from ", "inget avtal; regeln från "),
            Phrase.of("\\bREFER_POLICE\\b", "hänvisa till polisen"),
            Phrase.of("\\bNOT_AVAILABLE\\b", "kan inte nås"),
            Phrase.of("forward to (\\S+) \\(FORWARDING_NUMBER ", "koppla till $1 (vidarekopplingsnummer, "),
            Phrase.of("forward to (\\S+) \\(JOUR ", "koppla till $1 (jouren "),
            Phrase.of("forward to (\\S+) \\(ROSTERED_PERSON ", "koppla till $1 (i tjänst enligt schemat: "),
            Phrase.of("forward to (\\S+) \\(ONE_OFF_NUMBER ", "koppla till $1 (tillfälligt nummer: "),
            Phrase.of("give the municipality's message", "ge kommunens meddelande"),
            // a customer's on-call line (LineOwner.OfCustomer)
            Phrase.of("no agreement in force for the on-call line of (.+) at ", "inget avtal gäller för jourlinjen för $1 vid "),
            Phrase.of("no agreement for the customer's on-call line", "inget avtal för kundens jourlinje"),
            Phrase.of("give the customer's message", "ge kundens meddelande"),
            Phrase.of("neither the agreement nor jour (\\S+) has a number", "varken avtalet eller jouren $1 har ett nummer"),
            Phrase.of("agreement (\\S+) \\(BASIC, ", "avtal $1 (grundavtal, "),
            Phrase.of("agreement (\\S+) \\(EXTENDED, ", "avtal $1 (utökat avtal, "),
            Phrase.of("\\) in force$", ") gäller"),
            Phrase.of("^agreement (\\S+) in force$", "avtal $1 gäller"),
            Phrase.of("(" + DAY + ") to open end", "$1 tills vidare"),
            Phrase.of("(" + DAY + ") to (" + DAY + ")", "$1 till $2"),
            Phrase.of("basic service: every call is connected", "grundavtal: varje samtal kopplas"),
            Phrase.of("no one-off change covers ", "ingen tillfällig ändring gäller "),
            Phrase.of("no set times: connected at all times", "inga fasta tider: kopplas alltid"),
            Phrase.of("outside the set times at ", "utanför de fasta tiderna "),
            Phrase.of("roster of (\\S+) names nobody at (" + WHEN + "): fallback",
                    "jourschemat för $1 har ingen i tjänst $2: reservnumret"),
            Phrase.of("roster of (\\S+): ", "jourschemat för $1: "),
            Phrase.of("(\\d\\d:\\d\\d) to ((" + DAY + " )?\\d\\d:\\d\\d)", "$1 till $2"),
            Phrase.of("roster gap \\(", "lucka i jourschemat ("),
            Phrase.of("one-off change (\\S+) (\\S+) to (\\S+): CONNECT", "tillfällig ändring $1 $2 till $3: koppla"),
            Phrase.of("one-off change (\\S+) (\\S+) to (\\S+): CLOSE", "tillfällig ändring $1 $2 till $3: stängt"),
            Phrase.of("^one-off change ", "tillfällig ändring "),
            Phrase.of(" takes precedence", " gäller före allt annat"),
            Phrase.of("no window covers ", "inget tidsfönster täcker "),
            Phrase.of(": window (\\S+) starting (" + DAY + ")", ": fönstret $1 från $2"),
            Phrase.of("\\bweekly (MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY) ", "veckoschema $1 "),
            Phrase.of("\\bday type ", "dagtyp "),
            Phrase.of("\\bdate (" + DAY + ") ", "datum $1 "),
            Phrase.of("\\[closed\\]", "[stängt]"),
            Phrase.of("\\bPUBLIC_HOLIDAY\\b", "helgdag"),
            Phrase.of("\\bDAY_BEFORE_PUBLIC_HOLIDAY\\b", "dag före helgdag"),
            Phrase.of("\\bEVE\\b", "helgafton"),
            Phrase.of("\\bMONDAY\\b", "måndag"), Phrase.of("\\bTUESDAY\\b", "tisdag"),
            Phrase.of("\\bWEDNESDAY\\b", "onsdag"), Phrase.of("\\bTHURSDAY\\b", "torsdag"),
            Phrase.of("\\bFRIDAY\\b", "fredag"), Phrase.of("\\bSATURDAY\\b", "lördag"), Phrase.of("\\bSUNDAY\\b", "söndag"),
            // a call's position and municipality (calls: MunicipalityLookup, AttachPosition, IntakeCall)
            Phrase.of("(^|; )in (\\d{4}) (.+?) by the SCB boundaries \\(", "$1i $2 $3 enligt SCB:s kommungränser ("),
            Phrase.of("nearest municipality: (\\d{4}) (.+?), (\\d+) m outside its generalised boundary \\(",
                    "närmaste kommun: $1 $2, $3 m utanför dess förenklade gräns ("),
            Phrase.of("\\): check with the caller", "): stäm av med den som ringer"),
            Phrase.of("outside every municipality in (.+?) and more than (\\d+) m from any \\(at sea or abroad\\)",
                    "utanför alla kommuner i $1 och mer än $2 m från någon (till sjöss eller utomlands)"),
            Phrase.of("no municipality boundaries configured", "inga kommungränser är inlästa"),
            Phrase.of("the position is a civic address without a point", "positionen är en adress utan koordinater"),
            Phrase.of(": the operator picks the municipality", ": operatören väljer kommun"),
            Phrase.of("position from (\\S+) attached; ", "position från $1 bifogad; "),
            Phrase.of("position corrected to (\\S+); ", "positionen rättad till $1; "),
            Phrase.of("^call (\\S+) on (.+?) queued since (\\S+)", "samtal $1 på $2 i kö sedan $3"),
            Phrase.of("^municipality set to ", "kommun satt till "),
            // dispatch flags (UnitFlags, WaitingLimits)
            Phrase.of("(\\S+) alerted to incident (\\S+) (.+?) ago and has not acknowledged \\(limit 90 s\\)",
                    "$1 larmades till ärende $2 för $3 sedan och har inte kvitterat (gräns 90 s)"),
            Phrase.of("(\\S+) at hospital for (.+?) without reporting clear \\(15 min\\); it may be given a new assignment",
                    "$1 har varit på sjukhuset i $2 utan att meddela klar (15 min); den kan få ett nytt uppdrag"),
            Phrase.of("priority (\\d+) incident (\\S+) has waited (.+?) for a unit \\(limit (.+?)\\)",
                    "prio $1-ärende $2 har väntat $3 på en enhet (gräns $4)"),
            // the queue (PendingQueue)
            Phrase.of("priority (\\d+) incident (\\S+), waiting (.+?), is the first queued incident (.+?) can serve; ",
                    "prio $1-ärende $2, väntat $3, är det första ärendet i kön som $4 kan ta; "),
            Phrase.of("; (\\d+) incident\\(s\\) ahead of it in the queue have no road route",
                    "; $1 ärende(n) före i kön saknar väg dit"),
            // hospitals (HospitalChooser)
            Phrase.of("^(.+?) is the nearest of (\\d+) hospital\\(s\\) taking (\\S+): ",
                    "$1 är närmast av $2 sjukhus som tar emot $3: "),
            Phrase.of("; next (.+?) at (\\d.*)$", "; därefter $1 på $2"),
            // recommendations (Recommender, AssignmentRules)
            Phrase.of("^(.+?) \\(ambulance\\), ", "$1 (ambulans), "),
            Phrase.of("^(.+?) \\(intensive care ambulance\\), ", "$1 (intensivvårdsambulans), "),
            Phrase.of("^(.+?) \\(physician car\\), ", "$1 (läkarbil), "),
            Phrase.of("^(.+?) \\(helicopter\\), ", "$1 (helikopter), "),
            Phrase.of("^(.+?) \\(psychiatric ambulance\\), ", "$1 (psykiatriambulans), "),
            Phrase.of("^(.+?) \\(patient transport\\), ", "$1 (liggande transport), "),
            Phrase.of("available at station", "ledig på station"),
            Phrase.of("clear, free where it finished", "klar, ledig där uppdraget slutade"),
            Phrase.of("available, mobile", "ledig, rörlig"),
            Phrase.of("redirection from priority (\\d+) incident (\\S+)", "omdirigering från prio $1-ärende $2"),
            Phrase.of("at hospital for (.+?) without reporting clear \\(15 min or more\\)",
                    "på sjukhuset i $1 utan att meddela klar (15 min eller mer)"),
            Phrase.of(" to get going \\+ ", " att komma iväg + "),
            Phrase.of(" by road \\(", " på väg ("),
            Phrase.of("ESTIMATED from straight-line distance: the road network does not cover this leg",
                    "UPPSKATTAD från fågelvägen: vägnätet täcker inte den här sträckan"),
            Phrase.of("; no position reported, its station was used", "; ingen position rapporterad, stationens användes"),
            Phrase.of("; position (.+?) old", "; positionen är $1 gammal"),
            Phrase.of(" \\(stale: older than (.+?)\\)", " (inaktuell: äldre än $1)"),
            Phrase.of("; no free unit can go", "; ingen ledig enhet kan åka"),
            Phrase.of("; not earlier than the best free unit", "; inte tidigare än bästa lediga enhet"),
            Phrase.of("; (.+?) earlier than the best free unit", "; $1 tidigare än bästa lediga enhet"),
            Phrase.of(" \\(clearly closer: the redirection margin is (.+?)\\)", " (klart närmare: marginalen för omdirigering är $1)"),
            Phrase.of(", less than the redirection margin of (.+?): ranked after it",
                    ", mindre än marginalen för omdirigering på $1: rangordnas efter den"),
            Phrase.of("^no unit can go$", "ingen enhet kan åka"),
            Phrase.of("^(\\S+): no road route from (\\S+)$", "$1: ingen väg från $2"),
            // move-up advice (dispatch.moveup: Dmexclp, ComplianceTable)
            Phrase.of("^(.+?) from (.+?) to (.+?) \\((.+?) by road\\): ", "$1 från $2 till $3 ($4 på väg): "),
            Phrase.of("expected covered demand rises from (\\S+) % to (\\S+) % \\((\\S+) %\\)",
                    "förväntad täckt efterfrågan ökar från $1 % till $2 % ($3 %)"),
            Phrase.of("; (\\S+) % of the demand has no free unit within its target now and would have one",
                    "; $1 % av efterfrågan har ingen ledig enhet inom sin tidsgräns nu och skulle få en"),
            Phrase.of("with (\\d+) free units the compliance table wants (\\d+) at (.+?), which has (\\d+); (.+?) is the"
                    + " nearest unit beyond the table at (.+)$",
                    "med $1 lediga enheter vill täckningstabellen ha $2 vid $3, som har $4; $5 är närmaste enhet utöver"
                    + " tabellen vid $6"),
            // coverage gaps (social: CoverageGaps)
            Phrase.of("^falls back to (\\S+) \\(", "går till reservnumret $1 ("),
            Phrase.of("^referred to (\\S+): ", "hänvisas till $1: "),
            Phrase.of("^message: ", "meddelande: "),
            // travel-time notes (geo)
            Phrase.of("estimated: straight-line distance × (\\S+) at (\\S+) km/h \\(no road network configured\\)",
                    "uppskattad: fågelvägen × $1 i $2 km/h (inget vägnät konfigurerat)"),
            Phrase.of("straight-line distance × (\\S+) at (\\S+) km/h", "fågelvägen × $1 i $2 km/h"),
            Phrase.of("^estimated: ", "uppskattad: "),
            Phrase.of("road network: GraphHopper over ", "vägnät: GraphHopper över "),
            // the road network's speeds and search (geo: EmergencyProfile, RoadSpeeds, OneToManySearch)
            Phrase.of("emergency-vehicle profile \\(", "utryckningsprofil ("),
            Phrase.of("speed = posted limit \\(maxspeed; untagged: (\\S+) km/h in built-up areas, (\\S+) km/h outside\\)"
                    + " x factor by road class \\(", "hastighet = skyltad gräns (maxspeed; utan skylt: $1 km/h i tätort, $2 km/h"
                    + " utanför) × faktor per vägklass ("),
            Phrase.of("\\bother (\\d)", "övriga $1"),
            Phrase.of("\\), at most (\\S+) km/h", "), högst $1 km/h"),
            Phrase.of("; one-way streets obeyed\\)", "; enkelriktat följs)"),
            Phrase.of("one search from the destination", "en sökning från målet"),
            Phrase.of("one search from the origin", "en sökning från startpunkten"),
            Phrase.of("\\(contraction hierarchies, PHAST\\)", "(contraction hierarchies, PHAST)"),
            // a position outside the road network (geo: CoverageFallbackTravelTimes)
            Phrase.of("; the destination lies outside the road network of (\\S+) \\(", "; målet ligger utanför vägnätet i $1 ("),
            Phrase.of("; the origin lies outside the road network of (\\S+) \\(", "; startpunkten ligger utanför vägnätet i $1 ("),
            Phrase.of("; (\\d+) of (\\d+) origins lie outside the road network of (\\S+) \\(",
                    "; $1 av $2 startpunkter ligger utanför vägnätet i $3 ("),
            Phrase.of("; (\\d+) of (\\d+) destinations lie outside the road network of (\\S+) \\(",
                    "; $1 av $2 mål ligger utanför vägnätet i $3 ("),
            Phrase.of("(\\d+) of (\\d+) (\\S+) lie more than (\\S+) m from a road and are unreachable",
                    "$1 av $2 $3 ligger mer än $4 m från en väg och kan inte nås"),
            Phrase.of(" and are ESTIMATED: ", " och är UPPSKATTADE: ")));

    /** The words of refusals: problem titles and the common reasons of bad input. */
    public static final Phrasebook PROBLEMS = new Phrasebook(List.of(
            // titles (ProblemResponses)
            Phrase.of("^Invalid input$", "Ogiltiga uppgifter"),
            Phrase.of("^Not found$", "Finns inte"),
            Phrase.of("^Conflict with current state$", "Går inte i nuvarande läge"),
            Phrase.of("^Unavailable$", "Inte tillgänglig"),
            Phrase.of("^Standby node$", "Reservnod"),
            Phrase.of("^Not authenticated$", "Inte inloggad"),
            Phrase.of("^Too many requests$", "För många förfrågningar"),
            Phrase.of("^Bad request$", "Felaktig begäran"),
            Phrase.of("^Forbidden$", "Inte tillåtet"),
            Phrase.of("^Request body too large$", "För stor begäran"),
            Phrase.of("^Request timeout$", "Tidsgränsen för begäran gick ut"),
            Phrase.of("^Unsupported media type$", "Innehållstypen stöds inte"),
            Phrase.of("^Method not allowed$", "Metoden är inte tillåten"),
            Phrase.of("^Internal error$", "Internt fel"),
            // reading a JSON body (JsonBody)
            Phrase.of("is not a known field; known: ", "är inget känt fält; kända fält: "),
            Phrase.of("is empty; send a JSON object", "är tom; skicka ett JSON-objekt"),
            Phrase.of("is null; send a JSON object", "är null; skicka ett JSON-objekt"),
            Phrase.of("must be application/json, was ", "måste vara application/json, var "),
            Phrase.of("is not valid JSON: ", "är inte giltig JSON: "),
            Phrase.of("'(.*?)' is not a number \\(with a point, not a comma, for decimals\\)",
                    "'$1' är inte ett tal (använd punkt, inte komma, för decimaler)"),
            Phrase.of("'(.*?)' is not a whole number", "'$1' är inte ett heltal"),
            Phrase.of("'(.*?)' is not true or false", "'$1' är varken true eller false"),
            Phrase.of("'(.*?)' is not one of ", "'$1' är inte ett av "),
            Phrase.of("'(.*?)' is not an instant with its offset, such as ", "'$1' är inte en tidpunkt med tidszon, till exempel "),
            Phrase.of("'(.*?)' is not a date, such as ", "'$1' är inte ett datum, till exempel "),
            Phrase.of("'(.*?)' is not a duration, such as ", "'$1' är inte en varaktighet, till exempel "),
            Phrase.of("'(.*?)' is not a value of another form", "'$1' har fel form"),
            Phrase.of("^(\\S+: )?expected a number \\(with a point, not a comma, for decimals\\)",
                    "$1ett tal väntades (använd punkt, inte komma, för decimaler)"),
            Phrase.of("^(\\S+: )?expected a whole number$", "$1ett heltal väntades"),
            Phrase.of("^(\\S+: )?expected true or false$", "$1true eller false väntades"),
            Phrase.of("^(\\S+: )?expected text$", "$1text väntades"),
            Phrase.of("^(\\S+: )?expected a JSON object$", "$1ett JSON-objekt väntades"),
            Phrase.of("^(\\S+: )?expected a JSON array$", "$1en JSON-lista väntades"),
            Phrase.of("^(\\S+: )?expected one of ", "$1ett av dessa väntades: "),
            Phrase.of("^(\\S+: )?expected an instant with its offset, such as ", "$1en tidpunkt med tidszon väntades, till exempel "),
            Phrase.of("^(\\S+: )?expected a date, such as ", "$1ett datum väntades, till exempel "),
            // query parameters and common reasons
            Phrase.of("is missing; give LAT,LON in degrees", "saknas; ange LAT,LON i grader"),
            Phrase.of("must be LAT,LON in degrees, was ", "måste vara LAT,LON i grader, var "),
            Phrase.of("must be a latitude between -90 and 90 degrees, was ", "måste vara en latitud mellan -90 och 90 grader, var "),
            Phrase.of("must be a longitude between -180 and 180 degrees, was ", "måste vara en longitud mellan -180 och 180 grader, var "),
            Phrase.of("is missing; give 1, 2, 3 or 4", "saknas; ange 1, 2, 3 eller 4"),
            Phrase.of("must be 1, 2, 3 or 4, was ", "måste vara 1, 2, 3 eller 4, var "),
            Phrase.of("is missing; one of ", "saknas; ett av "),
            Phrase.of("is missing; give (.+?) or (\\S+)$", "saknas; ange $1 eller $2"),
            Phrase.of("^no registered hospital takes (\\S+)$", "inget registrerat sjukhus tar emot $1"),
            Phrase.of("must be one of (.+?), was ", "måste vara ett av $1, var "),
            Phrase.of("must be sv or en, was ", "måste vara sv eller en, var "),
            Phrase.of("must be a four-digit SCB code, was ", "måste vara en fyrsiffrig SCB-kod, var "),
            Phrase.of("is missing; give a date YYYY-MM-DD", "saknas; ange ett datum ÅÅÅÅ-MM-DD"),
            Phrase.of("is missing; give a month YYYY-MM", "saknas; ange en månad ÅÅÅÅ-MM"),
            Phrase.of("the period must end after it begins \\((\\S+) to (\\S+)\\)",
                    "perioden måste sluta efter att den börjar ($1 till $2)"),
            Phrase.of("the period may cover at most (\\d+) days", "perioden får omfatta högst $1 dagar"),
            Phrase.of("'(.*?)' is not a date YYYY-MM-DD", "'$1' är inte ett datum ÅÅÅÅ-MM-DD"),
            Phrase.of("'(.*?)' is not a day YYYY-MM-DD", "'$1' är inte en dag ÅÅÅÅ-MM-DD"),
            Phrase.of("'(.*?)' is not a month YYYY-MM", "'$1' är inte en månad ÅÅÅÅ-MM"),
            Phrase.of("must be at least (\\d+) characters, was (\\d+)", "måste vara minst $1 tecken, var $2"),
            Phrase.of("must be a whole number, was ", "måste vara ett heltal, var "),
            Phrase.of("must be between (\\S+) and (\\S+), was ", "måste vara mellan $1 och $2, var "),
            Phrase.of("must be between (\\S+) and (\\S+)$", "måste vara mellan $1 och $2"),
            Phrase.of(": is missing$", ": saknas"),
            Phrase.of(": is empty$", ": är tom"),
            Phrase.of(": must be given$", ": måste anges"),
            // dispatch's refusals (DispatchState, AssignUnit, AssignmentRules, StatusTransitions, ReportStatus)
            Phrase.of("unknown unit '", "okänd enhet '"),
            Phrase.of("unknown incident '", "okänt ärende '"),
            Phrase.of("unknown station '", "okänd station '"),
            Phrase.of("unknown call '", "okänt samtal '"),
            Phrase.of("^unit (\\S+) is already assigned to incident (\\S+)$", "enheten $1 är redan larmad till ärende $2"),
            Phrase.of("^incident (\\S+) is (\\S+); nothing can be assigned to it$", "ärende $1 är $2; inget kan larmas till det"),
            Phrase.of("^unit (\\S+) cannot be assigned to incident (\\S+): ", "enheten $1 kan inte larmas till ärende $2: "),
            Phrase.of("^unit (\\S+) is not on its way to another incident \\((.*)\\); assign it instead of redirecting it$",
                    "enheten $1 är inte på väg till ett annat ärende ($2); larma den i stället för att omdirigera den"),
            Phrase.of("on its way to priority 1 incident (\\S+); a unit is never taken from a priority 1",
                    "på väg till prio 1-ärende $1; en enhet tas aldrig från en prio 1"),
            Phrase.of("on its way to priority (\\d) incident (\\S+); it may be redirected only to a new priority 1",
                    "på väg till prio $1-ärende $2; den får omdirigeras bara till en ny prio 1"),
            Phrase.of("on its way to priority (\\d) incident (\\S+); only a unit on its way to a priority 2 or 3 may be"
                    + " redirected", "på väg till prio $1-ärende $2; bara en enhet på väg till en prio 2 eller 3 får omdirigeras"),
            Phrase.of("at hospital for (.+?); it may be given a new assignment after 15 min without clear",
                    "på sjukhuset i $1; den kan få ett nytt uppdrag efter 15 min utan klar"),
            Phrase.of("say why the unit is temporarily unavailable", "ange varför enheten är tillfälligt otillgänglig"),
            Phrase.of("temporarily unavailable( \\(.*\\))?, expected back at ", "tillfälligt otillgänglig$1, väntas tillbaka "),
            Phrase.of("temporarily unavailable", "tillfälligt otillgänglig"),
            Phrase.of("not available: ", "inte tillgänglig: "),
            Phrase.of("^unit (\\S+) is (\\S+) and cannot become (\\S+); from (\\S+) it may become: ",
                    "enheten $1 är $2 och kan inte bli $3; från $4 kan den bli: "),
            Phrase.of("ALERTED is set by assigning the unit to an incident, not reported",
                    "ALERTED sätts när enheten larmas till ett ärende och rapporteras inte"),
            Phrase.of("give when the unit expects to be available again, after now",
                    "ange när enheten väntas vara tillgänglig igen (senare än nu)"),
            // the calls' refusals (CallRules, CallTransitions, ReclassifyCall)
            Phrase.of("^call (\\S+) is (\\S+): cannot (.+?); that is possible while it is ",
                    "samtal $1 är $2: det går inte att $3; det går när det är "),
            Phrase.of("att reclassify it;", "att klassa om det;"),
            Phrase.of("att choose the municipality;", "att välja kommun;"),
            Phrase.of("att correct the position;", "att rätta positionen;"),
            Phrase.of("att hand over a 116 000 report;", "att lämna över en 116 000-rapport;"),
            Phrase.of("att take a 116 000 report;", "att ta en 116 000-rapport;"),
            Phrase.of("att record a (\\S+) link;", "att registrera en $1-länk;"),
            Phrase.of("^call (\\S+) is (\\S+) and cannot become (\\S+); from (\\S+) it may become: ",
                    "samtal $1 är $2 och kan inte bli $3; från $4 kan det bli: "),
            Phrase.of("^call (\\S+) is already classified as (\\S+)$", "samtal $1 är redan klassat som $2"),
            Phrase.of("no resource at ", "ingen resurs på "),
            Phrase.of("^(\\S+) is not allowed on ", "$1 är inte tillåtet på "),
            Phrase.of("the server failed unexpectedly; the failure is logged\\. Nothing was recorded unless the answer said so\\.",
                    "servern fick ett oväntat fel; felet är loggat. Inget registrerades om inte svaret sa det."),
            Phrase.of("the request was refused while it was read: ", "begäran avvisades medan den lästes: ")));
}
