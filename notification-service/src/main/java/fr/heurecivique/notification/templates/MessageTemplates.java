package fr.heurecivique.notification.templates;

import fr.heurecivique.notification.delivery.Message;
import fr.heurecivique.notification.sms.GsmText;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
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

    /** Renders the SMS of template {@code name} with {@code variables}, in GSM-7. */
    public Message sms(String name, Map<String, Object> variables) {
        Context context = new Context(Locale.FRANCE, variables);
        return new Message(name, null, GsmText.normalize(engine.process("sms/" + name + ".txt", context).strip()),
                null);
    }
}
