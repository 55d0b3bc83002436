/**
 * YAML read and written as the build reads it. Astro's file() loader parses
 * sources.yaml, the taxonomy and teaching notes with js-yaml, which takes an
 * unquoted 2014-06-10 for a date, not the string the schemas want; the `yaml`
 * package's core schema takes it for a string. With its timestamp tag added,
 * check:content sees the date the build would refuse, and a writer quotes
 * such a string (date: "2014-06-10"), so "check:content OK" means the site
 * builds (the twelfth trial's publish wrote the date bare; check said OK and
 * the build failed).
 */
import type { ParseOptions, SchemaOptions, ToStringOptions } from 'yaml';

export const YAML_AS_BUILT = { customTags: ['timestamp'] } satisfies ParseOptions & SchemaOptions & ToStringOptions;
