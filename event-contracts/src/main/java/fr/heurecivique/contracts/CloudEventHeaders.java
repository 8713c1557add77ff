package fr.heurecivique.contracts;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode: the event's
 * attributes travel as {@code ce_*} headers and the record value is the event data (JSON).
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** Aggregate version that produced the event; lets consumers ignore stale, out-of-order state. */
    public static final String AGGREGATE_VERSION = "ce_aggregateversion";
    /** W3C trace context of the request that produced the event (CloudEvents distributed tracing extension). */
    public static final String TRACEPARENT = "traceparent";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON_CONTENT_TYPE = "application/json";

    private CloudEventHeaders() {
    }
}
