package se.larmcentral.server.centre;

import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

/**
 * The whole state of one centre: each module's projection, fed every event. The command loop owns it; the
 * modules' commands decide on their own part ({@code Command.on(CentreState::shiftLog)}).
 */
public final class CentreState implements Projection {

    private final ShiftLog shiftLog = new ShiftLog();

    @Override
    public void apply(Recorded recorded) {
        shiftLog.apply(recorded);
    }

    public ShiftLog shiftLog() {
        return shiftLog;
    }
}
