/**
 * Messages by key, with `{name}` placeholders filled from parameters. Both languages hold the same
 * keys (TypeScript checks it, and a test does too) and the same placeholders in each message.
 */
import type { Locale } from './locale';
import { en, type MessageKey } from './messages/en';
import { fr } from './messages/fr';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, fr };

/** The `{name}` placeholders of a message, sorted. */
export const placeholders = (message: string): string[] => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

export function translator(locale: Locale): Translate {
	const messages = MESSAGES[locale];
	return (key, params) => {
		const message = messages[key];
		if (!params) return message;
		return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
	};
}

/**
 * A message's text before and after one placeholder, for a link or element placed inside a
 * sentence: `around(t('site.footer'), 'link')` → ['… are on the ', '.'].
 */
export function around(message: string, name: string): [string, string] {
	const at = message.indexOf(`{${name}}`);
	return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at + name.length + 2)];
}
