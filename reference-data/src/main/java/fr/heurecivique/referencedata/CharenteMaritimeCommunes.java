package fr.heurecivique.referencedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 462 current communes of Charente-Maritime (département 17), read from the
 * {@code communes-17.csv} resource shipped with this module (sources and licences in
 * {@code README-communes-17.md} beside it: INSEE COG 2026 via Etalab, Licence Ouverte; coordinates
 * from GeoNames, CC BY 4.0, and IGN ADMIN EXPRESS, Licence Ouverte 2.0).
 *
 * <p>The file is fixed, versioned with the code and checked by tests: it has no quoted fields, so it is
 * read line by line.
 */
public final class CharenteMaritimeCommunes {

    public static final String DEPARTEMENT_CODE = "17";
    private static final String RESOURCE = "communes-17.csv";
    private static final CharenteMaritimeCommunes INSTANCE = load();

    private final Map<String, Commune> byInseeCode;

    private CharenteMaritimeCommunes(Map<String, Commune> byInseeCode) {
        this.byInseeCode = Collections.unmodifiableMap(byInseeCode);
    }

    /** The communes, loaded once per class loader. */
    public static CharenteMaritimeCommunes get() {
        return INSTANCE;
    }

    public Optional<Commune> find(String inseeCode) {
        return inseeCode == null ? Optional.empty() : Optional.ofNullable(byInseeCode.get(inseeCode));
    }

    public boolean contains(String inseeCode) {
        return find(inseeCode).isPresent();
    }

    /** All communes, ordered by INSEE code. */
    public Collection<Commune> all() {
        return byInseeCode.values();
    }

    private static CharenteMaritimeCommunes load() {
        try (InputStream in = CharenteMaritimeCommunes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!"insee_code,name,postal_codes,population,latitude,longitude".equals(header)) {
                throw new IllegalStateException("Unexpected header in " + RESOURCE + ": " + header);
            }
            Map<String, Commune> communes = new LinkedHashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Commune commune = parse(line);
                if (communes.putIfAbsent(commune.inseeCode(), commune) != null) {
                    throw new IllegalStateException("Duplicate INSEE code in " + RESOURCE + ": " + commune.inseeCode());
                }
            }
            return new CharenteMaritimeCommunes(communes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Commune parse(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 6) {
            throw new IllegalStateException("Malformed line in " + RESOURCE + ": " + line);
        }
        return new Commune(fields[0], fields[1], Arrays.asList(fields[2].split("\\|")), Integer.parseInt(fields[3]),
                Double.parseDouble(fields[4]), Double.parseDouble(fields[5]));
    }
}
