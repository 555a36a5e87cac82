package se.larmcentral.web.auth.oidc;

import se.larmcentral.centre.accounts.Role;
import se.larmcentral.config.Settings;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The identity provider's groups turned into our roles, by the {@code auth.oidc.groupRoles} lines (already checked by
 * {@link se.larmcentral.config.OidcSettingsCheck}). Several lines may give roles to one person; a municipality administrator administers
 * the union of the municipalities of their lines.
 */
public final class GroupMapping {

    /** What a set of groups grants. */
    public record Grant(Set<Role> roles, Set<String> municipalities) {
    }

    private final List<Settings.GroupRole> lines;

    public GroupMapping(List<Settings.GroupRole> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Empty when none of the groups is mapped: such a person is not let in. */
    public Optional<Grant> grant(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> municipalities = new TreeSet<>();
        for (Settings.GroupRole line : lines) {
            if (groups.contains(line.group().strip())) {
                Role role = Role.valueOf(line.role().strip());
                roles.add(role);
                if (role == Role.MUNICIPALITY_ADMIN) {
                    line.municipalities().forEach(code -> municipalities.add(code.strip()));
                }
            }
        }
        return roles.isEmpty() ? Optional.empty() : Optional.of(new Grant(Set.copyOf(roles), Set.copyOf(municipalities)));
    }
}
