package fr.heurecivique.contracts.account;

import java.time.Instant;

/**
 * Someone must choose (or choose again) the password of their account
 * ({@code fr.heurecivique.account.password-setup-requested.v1}, topic {@code account.events}, key = account id):
 * notification-service emails them the link. The link holds a signed, expiring, single-use token: it is a secret for
 * its recipient, so consumers never log it and never keep it after sending.
 *
 * @param accountId the account's id in identity-service
 * @param email     where to send the link (lower-cased)
 * @param firstName for the greeting; {@code null} when the account has none (staff accounts give a display name)
 * @param linkUrl   the page where the password is chosen, token included
 * @param expiresAt when the link stops working
 * @param reason    {@code VOLUNTEER_SIGN_UP}, {@code STAFF_ACCOUNT} or {@code PASSWORD_RESET}; consumers tolerate new
 *                  values
 */
public record PasswordSetupRequested(
        String accountId,
        String email,
        String firstName,
        String linkUrl,
        Instant expiresAt,
        String reason) {
}
