package se.larmcentral.social;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.NotFoundException;

/** Every municipality the centre may serve, by SCB code. Immutable; the standard one is read from a data file. */
public final class MunicipalityRegistry {

    private final Map<String, Municipality> byCode;

    public MunicipalityRegistry(Collection<Municipality> municipalities) {
        Map<String, Municipality> map = new LinkedHashMap<>();
        for (Municipality m : municipalities) {
            if (map.putIfAbsent(m.code(), m) != null) {
                throw new ConflictException("municipality", "code " + m.code() + " is listed twice");
            }
        }
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList());
    }

    private final List<Municipality> ordered;

    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The municipality with this code, or a {@link NotFoundException} naming the field. */
    public Municipality require(String field, String code) {
        Municipality m = code == null ? null : byCode.get(code);
        if (m == null) {
            throw new NotFoundException(field, field + ": no municipality has the SCB code '" + code + "'");
        }
        return m;
    }

    /** All municipalities, ordered by code. */
    public List<Municipality> all() {
        return ordered;
    }

    public List<Municipality> inCounty(String countyCode) {
        return ordered.stream().filter(m -> m.countyCode().equals(countyCode)).toList();
    }

    public int size() {
        return byCode.size();
    }
}
