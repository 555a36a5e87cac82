package se.larmcentral.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Recorded;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns events into journal rows and back. Each event record is named {@code <module>.<Record>} from the
 * sealed hierarchy it is registered with, so the names in the journal stay readable and stable.
 */
public final class EventCodec {

    /** The payload format version every event is written in today; a later change adds an upcaster per type. */
    public static final int CURRENT_VERSION = 1;

    private final ObjectMapper mapper;
    private final Map<String, Class<? extends DomainEvent>> classesByName = new HashMap<>();
    private final Map<Class<?>, String> namesByClass = new HashMap<>();
    private final Map<String, ObjectReader> readersByName = new HashMap<>();

    public EventCodec() {
        this(newObjectMapper());
    }

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The JSON settings the product uses everywhere: ISO-8601 instants, unknown properties tolerated. */
    public static ObjectMapper newObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    /** Registers every record under a sealed event interface (recursively through sealed sub-interfaces). */
    public EventCodec register(Class<? extends DomainEvent> sealedRoot) {
        return register(sealedRoot, null);
    }

    /**
     * As {@link #register(Class)}, naming the types {@code <module>.<Record>} whatever their package: events that
     * moved to another module keep the names the journals already hold.
     */
    public EventCodec register(Class<? extends DomainEvent> sealedRoot, String module) {
        if (sealedRoot.isRecord()) {
            add(sealedRoot, module);
            return this;
        }
        if (!sealedRoot.isSealed()) {
            throw new IllegalArgumentException(sealedRoot.getName() + " is neither a record nor a sealed interface");
        }
        for (Class<?> permitted : sealedRoot.getPermittedSubclasses()) {
            @SuppressWarnings("unchecked")
            Class<? extends DomainEvent> sub = (Class<? extends DomainEvent>) permitted;
            register(sub, module);
        }
        return this;
    }

    private void add(Class<? extends DomainEvent> type, String module) {
        String name = (module == null ? moduleOf(type) : module) + "." + type.getSimpleName();
        Class<? extends DomainEvent> previous = classesByName.putIfAbsent(name, type);
        if (previous != null && previous != type) {
            throw new IllegalArgumentException("two event types are named " + name + ": " + previous.getName()
                    + " and " + type.getName());
        }
        namesByClass.put(type, name);
        readersByName.put(name, mapper.readerFor(type));
    }

    /** {@code se.larmcentral.social.events.AgreementAdded} belongs to module {@code social}. */
    private static String moduleOf(Class<?> type) {
        String[] parts = type.getPackageName().split("\\.");
        if (parts.length >= 3 && parts[0].equals("se") && parts[1].equals("larmcentral")) {
            return parts[2];
        }
        return parts[parts.length - 1];
    }

    public String nameOf(DomainEvent event) {
        String name = namesByClass.get(event.getClass());
        if (name == null) {
            throw new IllegalStateException("event type " + event.getClass().getName() + " is not registered");
        }
        return name;
    }

    public StoredEvent encode(long sequence, Instant at, Actor actor, DomainEvent event) {
        try {
            return new StoredEvent(sequence, nameOf(event), CURRENT_VERSION, at, actor.id(), actor.kind().name(),
                    mapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.getClass().getName() + " cannot be written as JSON", e);
        }
    }

    public Recorded decode(StoredEvent row) {
        Class<? extends DomainEvent> type = classesByName.get(row.type());
        if (type == null) {
            throw new JournalCorruptException(row.sequence(), "unknown event type '" + row.type() + "'", null);
        }
        if (row.version() != CURRENT_VERSION) {
            throw new JournalCorruptException(row.sequence(), "event type '" + row.type() + "' has version "
                    + row.version() + ", this build reads version " + CURRENT_VERSION, null);
        }
        Actor actor;
        try {
            actor = new Actor(row.actorId(), Actor.Kind.valueOf(row.actorKind()));
        } catch (RuntimeException e) {
            throw new JournalCorruptException(row.sequence(), "bad actor '" + row.actorId() + "' of kind '"
                    + row.actorKind() + "'", e);
        }
        try {
            DomainEvent event = readersByName.get(row.type()).readValue(row.payload());
            return new Recorded(row.sequence(), row.at(), actor, event);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new JournalCorruptException(row.sequence(), "payload of '" + row.type() + "' is not valid: "
                    + JournalDatabase.rootMessage(e), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
