package se.larmcentral.telephony;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The queue message (kömeddelande, "Du är kopplad till 112 ... vänta kvar"): a caller still waiting
 * {@code telephony.queueMessageSeconds} after the intake hears {@code queue.wav} once as early media (183 Session
 * Progress with an SDP answer, then RTP to the caller's offer), and then 180 Ringing again, on which the caller's
 * gateway plays its ringback once more (RFC 3960's gateway model). An answer at a desk, a CANCEL or a BYE stops it.
 * Nothing is recorded in the centre: the call's life is the same with or without the message.
 */
final class QueueMessages {

    private static final Logger LOG = LoggerFactory.getLogger(QueueMessages.class);

    private final Map<String, InboundCalls.Ringing> ringing;
    private final SipMessages messages;
    private final RtpPlayer player;
    private final ScheduledExecutorService timer;
    private final Optional<Announcement> message;
    private final Function<String, Optional<Announcement>> majorIncidentMessage;
    private final Duration after;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, ScheduledFuture<?>> waiting = new ConcurrentHashMap<>();
    private final Map<String, RtpPlayer.Playback> playing = new ConcurrentHashMap<>();

    QueueMessages(Map<String, InboundCalls.Ringing> ringing, SipMessages messages, RtpPlayer player,
                  ScheduledExecutorService timer, Optional<Announcement> message,
                  Function<String, Optional<Announcement>> majorIncidentMessage, Duration after) {
        this.ringing = ringing;
        this.messages = messages;
        this.player = player;
        this.timer = timer;
        this.message = message;
        this.majorIncidentMessage = majorIncidentMessage;
        this.after = after;
    }

    /**
     * The call is queued for an operator: its message is due after the wait (never, when off). Which message is
     * chosen then: a major incident's for its callers ({@link QueueMessageChoice}), else {@code queue.wav}.
     */
    void queued(String sipCallId) {
        if (after.isZero()) {
            return;
        }
        try {
            waiting.put(sipCallId, timer.schedule(() -> play(sipCallId), after.toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    private void play(String sipCallId) {
        waiting.remove(sipCallId);
        InboundCalls.Ringing call = ringing.get(sipCallId);
        if (call == null) {
            return; // answered or gone meanwhile
        }
        Optional<Announcement> chosen = majorIncidentMessage.apply(call.callId()).or(() -> message);
        if (chosen.isEmpty()) {
            return; // no recording: ringing only
        }
        Optional<SdpOffer> offer = SdpOffer.of(call.invite().getRequest());
        if (offer.isEmpty()) {
            LOG.info("SIP call {}: no queue message (the caller's offer has no PCMA); ringing only", call.callId());
            return;
        }
        RtpPlayer.Playback playback;
        try {
            playback = player.prepare(chosen.get(), offer.get().media());
        } catch (IOException e) {
            LOG.warn("SIP call {}: no socket for the queue message ({}); ringing only", call.callId(), e.getMessage());
            return;
        }
        playing.put(sipCallId, playback);
        messages.sessionProgress(call.invite(), call.toTag(), SdpOffer.answer(playback.local(), random.nextInt(1 << 30)));
        playback.start(() -> {
            if (playing.remove(sipCallId) != null && ringing.containsKey(sipCallId)) {
                messages.ring(call.invite(), call.invite().getRequest(), call.toTag()); // ringback again
            }
        });
        LOG.info("SIP call {}: queue message {} after {} s in the queue", call.callId(), chosen.get().name(),
                after.toSeconds());
    }

    /** The caller is answered, or has gone: no message now or later. */
    void stop(String sipCallId) {
        ScheduledFuture<?> due = waiting.remove(sipCallId);
        if (due != null) {
            due.cancel(false);
        }
        RtpPlayer.Playback playback = playing.remove(sipCallId);
        if (playback != null) {
            playback.stop();
        }
    }

    /** Callers hearing the queue message now. */
    int playing() {
        return playing.size();
    }
}
