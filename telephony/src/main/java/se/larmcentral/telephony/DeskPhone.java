package se.larmcentral.telephony;

import se.larmcentral.core.InvalidInputException;

/**
 * One operator desk's SIP phone (bordstelefon) as configured ({@code telephony.desks}): the desk it stands at, the
 * digest user name it registers with, and the name of the environment variable holding its secret. The secret is
 * never in the settings file, and never an account's password.
 */
public record DeskPhone(String desk, String user, String secretEnv) {

    public DeskPhone {
        desk = desk == null ? "" : desk.strip();
        user = user == null ? "" : user.strip();
        secretEnv = secretEnv == null ? "" : secretEnv.strip();
        if (!desk.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}")) {
            throw new InvalidInputException("telephony.desks.desk",
                    "must be 1-64 letters, digits, '-', '_' or '.', was '" + desk + "'");
        }
        if (!user.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}")) {
            throw new InvalidInputException("telephony.desks.user",
                    "desk " + desk + ": must be 1-64 letters, digits, '-', '_' or '.', was '" + user + "'");
        }
        if (!secretEnv.matches("[A-Z_][A-Z0-9_]{0,127}")) {
            throw new InvalidInputException("telephony.desks.secretEnv",
                    "desk " + desk + ": must name an environment variable (A-Z, 0-9, _), e.g. LARM_DESK_1_SECRET");
        }
    }
}
