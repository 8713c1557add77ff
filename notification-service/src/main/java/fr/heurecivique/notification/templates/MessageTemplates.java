package fr.heurecivique.notification.templates;

import fr.heurecivique.notification.delivery.Message;
import fr.heurecivique.notification.sms.GsmText;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders messages from the Thymeleaf templates in {@code templates/mail/} and {@code templates/sms/}: for an email
 * template {@code name}, the subject from {@code mail/name.subject.txt}, the plain text from {@code mail/name.txt}
 * and the HTML from {@code mail/name.html}; for an SMS, {@code sms/name.txt}, turned into GSM-7 text.
 */
@Component
public class MessageTemplates {

    /** An SMS takes two parts at most (306 GSM-7 characters): each part is paid for, and long ones read badly. */
    public static final int MAX_SMS_PARTS = 2;
    /** A title is never shortened below this. */
    private static final int MIN_TITLE = 20;

    private final TemplateEngine engine = new TemplateEngine();

    MessageTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** Renders the email of template {@code name} with {@code variables}. */
    public Message email(String name, Map<String, Object> variables) {
        Context context = new Context(Locale.FRANCE, variables);
        return new Message(name, engine.process("mail/" + name + ".subject.txt", context).strip(),
                engine.process("mail/" + name + ".txt", context), engine.process("mail/" + name + ".html", context));
    }

    /**
     * Renders the SMS of template {@code name} with {@code variables}, in GSM-7, in {@link #MAX_SMS_PARTS} parts at
     * most: a {@code title} too long for that is shortened (ending with "...").
     */
    public Message sms(String name, Map<String, Object> variables) {
        String text = renderSms(name, variables);
        if (GsmText.parts(text) > MAX_SMS_PARTS && variables.get("title") instanceof String title) {
            Map<String, Object> shortened = new HashMap<>(variables);
            int excess = GsmText.septets(text) - MAX_SMS_PARTS * GsmText.CONCATENATED_PART;
            int keep = Math.max(MIN_TITLE, title.length() - excess - 3);
            while (true) {
                shortened.put("title", title.substring(0, keep).stripTrailing() + "...");
                text = renderSms(name, shortened);
                if (GsmText.parts(text) <= MAX_SMS_PARTS || keep <= MIN_TITLE) {
                    break;
                }
                keep = Math.max(MIN_TITLE, keep - 5);
            }
        }
        return new Message(name, null, text, null);
    }

    private String renderSms(String name, Map<String, Object> variables) {
        Context context = new Context(Locale.FRANCE, variables);
        return GsmText.normalize(engine.process("sms/" + name + ".txt", context).strip());
    }
}
