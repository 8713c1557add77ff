package fr.heurecivique.identity.accounts;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Staff accounts. Who may call what is checked twice: by role in the security configuration (create and delete:
 * COORDINATOR or ADMIN; list, disable, enable: ADMIN), then by the rule of {@link Role#mayManage} on the accounts concerned.
 */
@RestController
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/accounts")
    ResponseEntity<AccountView> create(@Valid @RequestBody StaffAccountRequest request,
            @AuthenticationPrincipal Jwt caller) {
        Account account = accounts.createStaff(request, roles(caller));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(account.id()).toUri()).body(AccountView.of(account));
    }

    /** Admins: every account, or those matching the filters ({@code q} in the address or name, a role, enabled). */
    @GetMapping("/api/accounts")
    List<AccountView> list(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) Boolean enabled) {
        return accounts.search(q, role, enabled).stream().map(AccountView::of).toList();
    }

    /** Admins: the holder can no longer sign in nor get a new token. */
    @PostMapping("/api/accounts/{id}/disable")
    AccountView disable(@PathVariable String id, @AuthenticationPrincipal Jwt caller) {
        return AccountView.of(accounts.setEnabled(id, false, caller.getSubject()));
    }

    /** Admins: a disabled account may sign in again. */
    @PostMapping("/api/accounts/{id}/enable")
    AccountView enable(@PathVariable String id, @AuthenticationPrincipal Jwt caller) {
        return AccountView.of(accounts.setEnabled(id, true, caller.getSubject()));
    }

    @DeleteMapping("/api/accounts/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal Jwt caller) {
        accounts.delete(id, roles(caller));
        return ResponseEntity.noContent().build();
    }

    private static Set<Role> roles(Jwt caller) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> names = caller.getClaimAsStringList("roles");
        if (names != null) {
            for (String name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}
