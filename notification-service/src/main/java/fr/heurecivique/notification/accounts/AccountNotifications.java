package fr.heurecivique.notification.accounts;

import fr.heurecivique.contracts.account.PasswordSetupRequested;
import fr.heurecivique.notification.delivery.Channel;
import fr.heurecivique.notification.delivery.Deliveries;
import fr.heurecivique.notification.delivery.Recipient;
import fr.heurecivique.notification.templates.FrenchFormats;
import fr.heurecivique.notification.templates.MessageTemplates;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;

/**
 * The link with which someone chooses their password (a volunteer after sign-up, a new staff account, a reset). It is
 * what the person asked for, so it goes whatever their marketing consents; the link is a secret, so the delivery log
 * forgets the message's body once it is sent.
 */
@Service
public class AccountNotifications {

    static final String ACCOUNT = "ACCOUNT";
    static final String PASSWORD_SETUP = "account-password";

    private final Deliveries deliveries;
    private final MessageTemplates templates;

    AccountNotifications(Deliveries deliveries, MessageTemplates templates) {
        this.deliveries = deliveries;
        this.templates = templates;
    }

    public void passwordSetup(String eventId, PasswordSetupRequested request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("firstName", request.firstName());
        variables.put("linkUrl", request.linkUrl());
        variables.put("expiresAt", request.expiresAt() == null ? null : FrenchFormats.dateTime(request.expiresAt()));
        variables.put("reason", request.reason() == null ? "STAFF_ACCOUNT" : request.reason());
        deliveries.request(eventId, new Recipient(ACCOUNT, request.accountId(), request.email()), Channel.EMAIL,
                templates.email(PASSWORD_SETUP, variables).asSecret());
    }
}
