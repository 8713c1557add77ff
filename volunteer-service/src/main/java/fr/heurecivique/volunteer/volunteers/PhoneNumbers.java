package fr.heurecivique.volunteer.volunteers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/** Mobile phone numbers, read as a French resident writes them ("06 12 34 56 78", "+33 6…") and kept in E.164. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "FR";

    private PhoneNumbers() {
    }

    /** The number in E.164 ({@code +33612345678}) if it is a valid mobile number, else empty. */
    public static Optional<String> mobileE164(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(input, DEFAULT_REGION);
            PhoneNumberType type = UTIL.getNumberType(number);
            boolean mobile = type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
            return UTIL.isValidNumber(number) && mobile
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** An E.164 number as people write it: national format for French numbers ("06 12 34 56 78"), else international. */
    public static String readable(String e164) {
        if (e164 == null) {
            return null;
        }
        try {
            PhoneNumber number = UTIL.parse(e164, DEFAULT_REGION);
            return UTIL.format(number, UTIL.getRegionCodeForNumber(number) != null
                    && DEFAULT_REGION.equals(UTIL.getRegionCodeForNumber(number))
                    ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
