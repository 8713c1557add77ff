package fr.heurecivique.notification.delivery;

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
 * Renders messages from the Thymeleaf templates in {@code templates/mail/}: for a template {@code name}, the subject
 * from {@code name.subject.txt}, the plain text from {@code name.txt} and the HTML from {@code name.html}.
 */
@Component
public class MailTemplates {

    private final TemplateEngine engine = new TemplateEngine();

    MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
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
        return new Message(name, engine.process(name + ".subject.txt", context).strip(),
                engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }
}
