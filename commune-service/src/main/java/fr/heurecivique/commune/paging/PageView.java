package fr.heurecivique.commune.paging;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items      the items of this page
 * @param page       the page number, from 0
 * @param size       the page size asked for
 * @param totalItems how many items the whole list has
 * @param totalPages how many pages of this size the whole list has
 */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageView<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    /** The page {@code page} of a whole list held in memory. */
    public static <T> PageView<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return of(List.copyOf(all.subList(from, to)), page, size, all.size());
    }
}
