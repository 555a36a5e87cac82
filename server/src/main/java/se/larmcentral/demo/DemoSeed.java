package se.larmcentral.demo;

import se.larmcentral.core.Command;
import se.larmcentral.centre.CentreState;

import java.time.Instant;
import java.util.List;

/** One part of the demo data: the commands that load it into an empty centre. */
public interface DemoSeed {

    /** What it loads, for the start-up message. */
    String name();

    List<Command<CentreState, ?>> commands(Instant now);
}
