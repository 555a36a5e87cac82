package se.larmcentral.alarms.dc09;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a message reports: an event in SIA DC-03 or Ademco Contact ID, or nothing (a link test). */
public sealed interface Payload {

    /** The event code as the centre records it ({@code FA}, {@code 110}); empty for a link test. */
    String code();

    /** The zone or user the event concerns, as sent; empty when none. */
    String zone();

    /** The NULL message's empty payload. */
    record LinkTest() implements Payload {
        @Override
        public String code() {
            return "";
        }

        @Override
        public String zone() {
            return "";
        }
    }

    /**
     * SIA DC-03 (SIA-DCS): {@code Nri1/BA12^text^}.
     *
     * @param time  the {@code ti} block (hh:mm), or empty
     * @param user  the {@code id} block, or empty
     * @param area  the {@code ri} block (partition), or empty
     * @param code  two letters ({@code BA} burglary alarm, {@code FA} fire alarm, {@code RP} automatic test)
     * @param zone  the address digits after the code (zone or user)
     * @param text  what followed, the {@code ^} markers removed
     */
    record SiaDcs(String time, String user, String area, String code, String zone, String text) implements Payload {
    }

    /**
     * Ademco Contact ID (ADM-CID): {@code QEEE PP ZZZ}.
     *
     * @param qualifier new event/opening, restore/closing, or status report
     * @param code      the three-digit event code ({@code 110} fire, {@code 130} burglary, {@code 602} periodic test)
     * @param partition two digits
     * @param zone      three digits (zone or user)
     */
    record ContactId(Qualifier qualifier, String code, String partition, String zone) implements Payload {

        /** Contact ID's event qualifier digit. */
        public enum Qualifier {
            NEW('1'), RESTORE('3'), PREVIOUS('6');

            private final char digit;

            Qualifier(char digit) {
                this.digit = digit;
            }

            static Optional<Qualifier> of(char digit) {
                for (Qualifier q : values()) {
                    if (q.digit == digit) {
                        return Optional.of(q);
                    }
                }
                return Optional.empty();
            }
        }
    }

    /** The payload of {@code data} (pad already removed), or empty when it is not of {@code type}'s form. */
    static Optional<Payload> read(MessageType type, String data) {
        String body = withoutAccount(data);
        return switch (type) {
            case NULL -> body.isEmpty() ? Optional.of(new LinkTest()) : Optional.empty();
            case SIA_DCS -> siaDcs(body);
            case ADM_CID -> contactId(body);
        };
    }

    /** The data may repeat the account ({@code #1234|...}) or start with the bare separator ({@code |...}). */
    private static String withoutAccount(String data) {
        Matcher m = Holder.ACCOUNT_PREFIX.matcher(data);
        return m.lookingAt() ? data.substring(m.end()) : data;
    }

    private static Optional<Payload> siaDcs(String body) {
        Matcher m = Holder.SIA.matcher(body);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SiaDcs(group(m, 1), group(m, 2), group(m, 3), m.group(4).toUpperCase(java.util.Locale.ROOT),
                m.group(5), m.group(6).replace("^", "").strip()));
    }

    private static Optional<Payload> contactId(String body) {
        Matcher m = Holder.CID.matcher(body);
        if (!m.matches()) {
            return Optional.empty();
        }
        return ContactId.Qualifier.of(m.group(1).charAt(0))
                .map(q -> new ContactId(q, m.group(2), m.group(3), m.group(4)));
    }

    private static String group(Matcher m, int group) {
        return m.group(group) == null ? "" : m.group(group);
    }

    /** The patterns, kept out of the interface's public constants. */
    final class Holder {
        private static final Pattern ACCOUNT_PREFIX = Pattern.compile("#[0-9A-Fa-f]{3,16}\\||\\|");
        private static final Pattern SIA = Pattern.compile(
                "N?(?:ti(\\d{1,2}:\\d{2})/?)?(?:id(\\d*)/?)?(?:ri(\\d*)/?)?([A-Za-z]{2})(\\d*)([^\\[\\]]*)");
        private static final Pattern CID = Pattern.compile("(\\d)(\\d{3}) (\\d{2}) (\\d{3})");

        private Holder() {
        }
    }
}
