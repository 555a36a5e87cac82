package se.larmcentral.centre.audit;

import se.larmcentral.core.Recorded;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.centre.accounts.AccountEvent;
import se.larmcentral.centre.accounts.AccountEvent.AccountCreated;
import se.larmcentral.centre.accounts.AccountEvent.AccountDisabled;
import se.larmcentral.centre.accounts.AccountEvent.AccountEnabled;
import se.larmcentral.centre.accounts.AccountEvent.AccountLocked;
import se.larmcentral.centre.accounts.AccountEvent.AccountPasswordChanged;
import se.larmcentral.centre.accounts.AccountEvent.AccountRolesChanged;
import se.larmcentral.centre.accounts.AccountEvent.AccountUnlocked;
import se.larmcentral.centre.accounts.AccountEvent.ApiTokenIssued;
import se.larmcentral.centre.accounts.AccountEvent.ApiTokenRevoked;
import se.larmcentral.centre.accounts.AccountViews.AccountView;
import se.larmcentral.centre.accounts.AccountViews.TokenView;
import se.larmcentral.centre.accounts.Accounts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How one account event changed an account or one of its API tokens, from the accounts just before it and just after:
 * the account as the accounts API shows it (never a password hash: only whether it has a password), or the token
 * (never its secret or hash). It concerns the municipalities the account administers before or after, so a
 * municipality's audit shows who was made, or stopped being, its administrator.
 */
public final class AccountChange {

    /** The journal's names of the account events ({@code server.AccountCreated}, ...): only these rows are decoded. */
    static final Set<String> EVENT_TYPES = Arrays.stream(AccountEvent.class.getPermittedSubclasses())
            .map(type -> "server." + type.getSimpleName()).collect(Collectors.toUnmodifiableSet());

    final String subjectId;
    final Set<String> municipalities = new TreeSet<>();
    private final Object before;
    private final AccountEvent event;

    private AccountChange(AccountEvent event, Accounts before) {
        this.event = event;
        this.subjectId = event.username();
        this.before = view(before, event);
        before.find(event.username()).ifPresent(a -> municipalities.addAll(a.municipalities()));
    }

    public static Optional<AccountChange> of(Accounts before, Recorded recorded) {
        return recorded.event() instanceof AccountEvent event ? Optional.of(new AccountChange(event, before)) : Optional.empty();
    }

    /** The finished entry, given the accounts after the event was applied. */
    AuditEntry after(Recorded recorded, String eventType, Accounts accountsAfter) {
        accountsAfter.find(event.username()).ifPresent(a -> municipalities.addAll(a.municipalities()));
        Object after = view(accountsAfter, event);
        return new AuditEntry(recorded.sequence(), recorded.at(), recorded.actor().id(), recorded.actor().kind().name(),
                eventType, AuditSubject.ACCOUNTS, subjectId, List.copyOf(municipalities), summary(accountsAfter), before,
                after);
    }

    /** A token event shows the token; every other event the account. */
    private static Object view(Accounts accounts, AccountEvent event) {
        return switch (event) {
            case ApiTokenIssued e -> accounts.token(e.tokenId()).map(TokenView::of).orElse(null);
            case ApiTokenRevoked e -> accounts.token(e.tokenId()).map(TokenView::of).orElse(null);
            default -> accounts.find(event.username()).map(AccountView::of).orElse(null);
        };
    }

    private String summary(Accounts after) {
        String name = "account " + event.username();
        return switch (event) {
            case AccountCreated e -> name + " created with roles " + e.roles() + limits(e.municipalities(), e.unitId(), e.hospitalId())
                    + (e.passwordHash() == null ? ", API tokens only" : ", with a password");
            case AccountRolesChanged e -> name + ": roles " + (before instanceof AccountView v ? v.roles() + limits(
                    v.municipalities(), v.unitId(), v.hospitalId()) : "?") + " -> " + e.roles()
                    + limits(e.municipalities(), e.unitId(), e.hospitalId());
            case AccountPasswordChanged e -> name + ": password set (its sessions ended)";
            case AccountDisabled e -> name + " disabled (its sessions and API tokens stopped)";
            case AccountEnabled e -> name + " enabled";
            case AccountLocked e -> name + " locked until " + local(e.until()) + " after failed logins";
            case AccountUnlocked e -> name + " unlocked";
            case ApiTokenIssued e -> "API token " + e.tokenId() + " (" + e.name() + ") issued to " + e.username()
                    + (e.expiresAt() == null ? ", does not expire" : ", expires " + local(e.expiresAt()));
            case ApiTokenRevoked e -> "API token " + e.tokenId() + after.token(e.tokenId()).map(t -> " (" + t.name() + ")")
                    .orElse("") + " of " + e.username() + " revoked";
        };
    }

    private static String limits(List<String> municipalities, String unitId, String hospitalId) {
        return (municipalities.isEmpty() ? "" : " for " + municipalities) + (unitId == null ? "" : " for unit " + unitId)
                + (hospitalId == null ? "" : " for hospital " + hospitalId);
    }

    private static String local(Instant instant) {
        return instant.atZone(SwedishTime.ZONE).toLocalDateTime().toString().replace('T', ' ');
    }
}
