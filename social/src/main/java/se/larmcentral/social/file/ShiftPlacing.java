package se.larmcentral.social.file;

import java.time.Instant;
import java.util.List;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.social.AddRosterShifts;
import se.larmcentral.social.SocialState;

/** Adds a file's shifts, translating the command's {@code shifts[i]} in errors back to the shift's place in the file. */
record ShiftPlacing(AddRosterShifts command, List<String> places) implements Command<SocialState, Integer> {

    @Override
    public Decision<Integer> decide(SocialState state, Instant now) {
        try {
            return command.decide(state, now);
        } catch (ConflictException e) {
            String message = e.getMessage();
            for (int i = places.size() - 1; i >= 0; i--) {
                message = message.replace("shifts[" + i + "]", places.get(i));
            }
            String field = e.field();
            if (field != null && field.startsWith("shifts[")) {
                field = places.get(Integer.parseInt(field.substring(7, field.length() - 1)));
            }
            throw new ConflictException(field, message);
        }
    }
}
