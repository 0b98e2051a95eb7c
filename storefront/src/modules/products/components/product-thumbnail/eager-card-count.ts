/**
 * Cards of a grid's first row load their pictures eagerly: on a phone they are what paints first.
 * Kept out of product-thumbnail.tsx: a server component importing a value from a "use client"
 * module gets a client reference, not the number, and every card would load lazily.
 */
export const EAGER_CARD_COUNT = 4
