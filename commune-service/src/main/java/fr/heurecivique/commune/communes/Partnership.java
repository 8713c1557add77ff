package fr.heurecivique.commune.communes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the scheme recorded about a commune's partnership: the request, the charter, and every step. */
public class Partnership {

    private TownHallContact contact;
    private String requestMessage;
    private Instant requestedAt;
    private LocalDate charterSignedOn;
    private LocalDate communicationKitSentOn;
    private List<PartnershipStep> history = new ArrayList<>();

    protected Partnership() {
        // for the mapping
    }

    Partnership(TownHallContact contact, String requestMessage, Instant requestedAt) {
        this.contact = contact;
        this.requestMessage = requestMessage;
        this.requestedAt = requestedAt;
    }

    void record(PartnershipStep step) {
        history.add(step);
    }

    void charter(LocalDate signedOn, LocalDate kitSentOn) {
        this.charterSignedOn = signedOn;
        this.communicationKitSentOn = kitSentOn;
    }

    public TownHallContact contact() {
        return contact;
    }

    public String requestMessage() {
        return requestMessage;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public LocalDate charterSignedOn() {
        return charterSignedOn;
    }

    public LocalDate communicationKitSentOn() {
        return communicationKitSentOn;
    }

    public List<PartnershipStep> history() {
        return List.copyOf(history);
    }
}
