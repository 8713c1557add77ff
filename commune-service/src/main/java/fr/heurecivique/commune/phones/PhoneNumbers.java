package fr.heurecivique.commune.phones;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/**
 * Phone numbers as people of the département write them ("05 46 41 23 45", "+33 6…"), kept in E.164. Unlike
 * volunteers (who get SMS and must give a mobile), town-hall staff and beneficiaries may give a landline.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "FR";

    private PhoneNumbers() {
    }

    /** The number in E.164 ({@code +33546412345}) if it is a valid number, landline or mobile; else empty. */
    public static Optional<String> e164(String input) {
        return parse(input).map(number -> UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    /** Whether {@code input} is a valid number that can receive SMS. */
    public static boolean isMobile(String input) {
        return parse(input).map(UTIL::getNumberType)
                .filter(type -> type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE)
                .isPresent();
    }

    /**
     * The number with its middle digits hidden, for lists where the whole number is not needed: {@code 06 •• •• ••
     * 78}. Empty for no number.
     */
    public static String masked(String e164) {
        if (e164 == null || e164.isBlank()) {
            return null;
        }
        String national = parse(e164).map(number -> UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL))
                .orElse(e164);
        StringBuilder masked = new StringBuilder();
        int digits = (int) national.chars().filter(Character::isDigit).count();
        int seen = 0;
        for (char c : national.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                masked.append(seen <= 2 || seen > digits - 2 ? c : '•');
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }

    /** Whether {@code text} holds something that reads as a phone number (to keep contact details out of free text). */
    public static boolean containsNumber(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return UTIL.findNumbers(text, DEFAULT_REGION, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)
                .iterator().hasNext();
    }

    private static Optional<PhoneNumber> parse(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(input, DEFAULT_REGION);
            return UTIL.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
