package fr.heurecivique.notification.delivery;

/**
 * A file attached to an email.
 *
 * @param fileName    its name, as the recipient sees it
 * @param contentType its MIME type, e.g. {@code text/csv; charset=UTF-8}
 * @param content     its bytes
 */
public record Attachment(String fileName, String contentType, byte[] content) {
}
