package fr.heurecivique.notification.delivery;

/** How a message travels. */
public enum Channel {
    EMAIL, SMS
}
