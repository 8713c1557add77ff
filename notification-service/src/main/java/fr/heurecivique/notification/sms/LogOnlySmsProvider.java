package fr.heurecivique.notification.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's SMS "provider": nothing leaves the machine; each SMS is recorded in the delivery log (its
 * text with it) and noted in the service log without personal data.
 */
public final class LogOnlySmsProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(LogOnlySmsProvider.class);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public void send(String e164, String text) {
        log.info("SMS to {} ({} parts) recorded, not sent: log-only provider", mask(e164), GsmText.parts(text));
    }

    /** {@code +33612345678} → {@code +336******78}. */
    static String mask(String e164) {
        return e164.length() <= 6 ? "***" : e164.substring(0, 4) + "*".repeat(e164.length() - 6)
                + e164.substring(e164.length() - 2);
    }
}
