<?php
/**
 * Settings → Botox widgets: the language, the clinic defaults, the wording and added languages.
 *
 * One option (see includes/options.php), saved through the Settings API: every form on the page
 * posts to options.php with the same settings group and names the part it changes in
 * `botox_widgets_settings[_section]`; the sanitize callback changes that part and keeps the rest.
 *
 * Texts are stored as plain text and never printed as HTML: on the site they only go into the
 * JSON data block, where the widgets show them as text.
 *
 * @package BotoxWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Slug of the settings page (options-general.php?page=…). */
const BOTOX_WIDGETS_SETTINGS_PAGE = 'botox-widgets';

/** Settings group used by settings_fields() and register_setting(). */
const BOTOX_WIDGETS_SETTINGS_GROUP = 'botox_widgets';

/** Largest language file accepted, in bytes. */
const BOTOX_WIDGETS_SETTINGS_MAX_UPLOAD = 1048576;

/**
 * The option name.
 *
 * @return string
 */
function botox_widgets_settings_option() {
	return BOTOX_WIDGETS_OPTION;
}

/**
 * The defaults of the option.
 *
 * @return array
 */
function botox_widgets_settings_defaults() {
	return botox_widgets_default_settings();
}

/**
 * The messages of generated/messages.json by id, the shipped languages and their writing
 * directions (read by botox_widgets_messages() in schema.php).
 *
 * @return array { messages: array id → message, locales: string[], dir: array code → 'rtl', error: string }
 */
function botox_widgets_settings_catalog() {
	static $catalog = null;
	if ( null !== $catalog ) {
		return $catalog;
	}
	$data    = botox_widgets_messages();
	$catalog = array(
		'messages' => array(),
		'locales'  => $data['locales'],
		'dir'      => $data['dir'],
		'error'    => $data['loaded'] ? '' : 'generated/messages.json',
	);
	foreach ( $data['messages'] as $message ) {
		if ( ! isset( $message['text'] ) || ! is_string( $message['text'] ) ) {
			continue;
		}
		$catalog['messages'][ $message['id'] ] = array(
			'id'           => $message['id'],
			'text'         => $message['text'],
			'element'      => isset( $message['element'] ) && is_string( $message['element'] ) ? $message['element'] : '',
			'desc'         => isset( $message['desc'] ) && is_string( $message['desc'] ) ? $message['desc'] : '',
			'placeholders' => isset( $message['placeholders'] ) && is_array( $message['placeholders'] ) ? $message['placeholders'] : array(),
			'translations' => isset( $message['translations'] ) && is_array( $message['translations'] ) ? array_filter( $message['translations'], 'is_string' ) : array(),
		);
	}
	if ( ! $catalog['messages'] && '' === $catalog['error'] ) {
		$catalog['error'] = 'generated/messages.json';
	}
	return $catalog;
}

/**
 * Names of the shipped languages, each in its own language.
 *
 * @return array code → name
 */
function botox_widgets_settings_language_names() {
	return array(
		'en'      => 'English',
		'ar'      => 'العربية',
		'de'      => 'Deutsch',
		'es'      => 'Español',
		'fr'      => 'Français',
		'pt-BR'   => 'Português (Brasil)',
		'zh-Hans' => '简体中文',
	);
}

/**
 * A language's name for the screen: the shipped name, else its own name when PHP's intl extension
 * knows it, else the code.
 *
 * @param string $code Language code.
 * @return string
 */
function botox_widgets_settings_language_label( $code ) {
	$names = botox_widgets_settings_language_names();
	if ( isset( $names[ $code ] ) ) {
		return $names[ $code ];
	}
	if ( class_exists( 'Locale' ) ) {
		$name = Locale::getDisplayName( str_replace( '-', '_', $code ), str_replace( '-', '_', $code ) );
		if ( is_string( $name ) && '' !== $name && strtolower( str_replace( '_', '-', $name ) ) !== strtolower( $code ) ) {
			return $name;
		}
	}
	return $code;
}

/**
 * A language's name followed by its code: "Español (es)", or the code alone.
 *
 * @param string $code Language code.
 * @return string
 */
function botox_widgets_settings_language_label_code( $code ) {
	$label = botox_widgets_settings_language_label( $code );
	return $label === $code ? $code : $label . ' (' . $code . ')';
}

/**
 * A language's name and code for a sentence, "Español (es)", the name isolated (U+2068 … U+2069)
 * so that a right-to-left name does not reorder the words around it.
 *
 * @param string $code Language code.
 * @return string
 */
function botox_widgets_settings_language_in_text( $code ) {
	$label = botox_widgets_settings_language_label( $code );
	return $label === $code ? $code : "\u{2068}" . $label . "\u{2069} (" . $code . ')';
}

/**
 * Writing direction of a language: 'rtl' or 'ltr'.
 *
 * @param string $code     Language code.
 * @param array  $settings Normalized settings.
 * @return string
 */
function botox_widgets_settings_language_dir( $code, $settings ) {
	if ( isset( $settings['languages'][ $code ] ) ) {
		return $settings['languages'][ $code ]['dir'];
	}
	$catalog = botox_widgets_settings_catalog();
	return isset( $catalog['dir'][ $code ] ) ? 'rtl' : 'ltr';
}

/**
 * The shipped language with this code, compared without case, or ''.
 *
 * @param string $code Language code.
 * @return string
 */
function botox_widgets_settings_shipped_code( $code ) {
	$catalog = botox_widgets_settings_catalog();
	foreach ( $catalog['locales'] as $shipped ) {
		if ( strtolower( $shipped ) === strtolower( str_replace( '_', '-', $code ) ) ) {
			return $shipped;
		}
	}
	return '';
}

/**
 * A BCP 47 language tag as the form accepts it, written the usual way (`pt-br` → `pt-BR`,
 * `sr-latn` → `sr-Latn`), or '' when it is not one.
 *
 * @param mixed $code What was typed.
 * @return string
 */
function botox_widgets_settings_language_tag( $code ) {
	if ( ! is_string( $code ) ) {
		return '';
	}
	$code = str_replace( '_', '-', trim( $code ) );
	if ( ! preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/', $code ) ) {
		return '';
	}
	$parts = explode( '-', strtolower( $code ) );
	foreach ( $parts as $index => $part ) {
		if ( 0 === $index ) {
			continue;
		}
		if ( 2 === strlen( $part ) && ctype_alpha( $part ) ) {
			$parts[ $index ] = strtoupper( $part );
		} elseif ( 4 === strlen( $part ) && ctype_alpha( $part ) ) {
			$parts[ $index ] = ucfirst( $part );
		}
	}
	return implode( '-', $parts );
}

/**
 * Makes text safe to store: valid UTF-8, one line, no control characters, trimmed. Characters such
 * as `<` and `&` are kept as typed (the text is only ever shown as text).
 *
 * @param mixed $value  What was sent.
 * @param int   $length Longest kept length, in characters.
 * @return string
 */
function botox_widgets_settings_clean_text( $value, $length = 5000 ) {
	if ( is_int( $value ) || is_float( $value ) ) {
		$value = (string) $value;
	}
	if ( ! is_string( $value ) || '' === $value ) {
		return '';
	}
	$value = wp_check_invalid_utf8( $value, true );
	// Line breaks and tabs become spaces; other control characters (C0, DEL, C1) go.
	$value = preg_replace( '/[\t\n\r\x{2028}\x{2029}]+/u', ' ', $value );
	$value = is_string( $value ) ? preg_replace( '/[\x{0000}-\x{001F}\x{007F}-\x{009F}]/u', '', $value ) : '';
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' !== $value && preg_match( '/^.{' . ( (int) $length + 1 ) . '}/us', $value ) ) {
		$value = preg_replace( '/^(.{' . (int) $length . '}).*$/us', '$1', $value );
	}
	return is_string( $value ) ? $value : '';
}

/**
 * The placeholders of a text, `{0}`, `{1}`…, sorted, each once.
 *
 * @param string $text Text.
 * @return string[]
 */
function botox_widgets_settings_placeholders( $text ) {
	preg_match_all( '/\{\d+\}/', (string) $text, $matches );
	$found = array_values( array_unique( $matches[0] ) );
	sort( $found );
	return $found;
}

/**
 * Whether a text has exactly the placeholders of the English text of a message.
 *
 * @param string $text    The new text.
 * @param array  $message The message from messages.json.
 * @return bool
 */
function botox_widgets_settings_placeholders_match( $text, $message ) {
	return botox_widgets_settings_placeholders( $text ) === botox_widgets_settings_placeholders( $message['text'] );
}

/**
 * Whether an id may be stored: a message id from messages.json, or, when that file is missing,
 * anything that looks like one (so a broken build does not throw away saved wording).
 *
 * @param mixed $id Message id.
 * @return bool
 */
function botox_widgets_settings_known_id( $id ) {
	if ( ! is_string( $id ) ) {
		return false;
	}
	$catalog = botox_widgets_settings_catalog();
	if ( $catalog['messages'] ) {
		return isset( $catalog['messages'][ $id ] );
	}
	return 1 === preg_match( '/^[a-z0-9][a-z0-9._-]*$/i', $id );
}

/**
 * Keeps the texts of a list id → text whose id is known and whose text is not empty.
 *
 * @param mixed $messages Messages.
 * @return array id → text
 */
function botox_widgets_settings_clean_messages( $messages ) {
	$clean = array();
	if ( ! is_array( $messages ) ) {
		return $clean;
	}
	foreach ( $messages as $id => $text ) {
		$text = botox_widgets_settings_clean_text( $text );
		if ( '' !== $text && botox_widgets_settings_known_id( (string) $id ) ) {
			$clean[ (string) $id ] = $text;
		}
	}
	return $clean;
}

/**
 * Brings any stored or given value into the shape of the option, dropping what does not fit.
 *
 * @param mixed $value Value.
 * @return array
 */
function botox_widgets_settings_normalize( $value ) {
	$settings = botox_widgets_settings_defaults();
	if ( ! is_array( $value ) ) {
		return $settings;
	}

	if ( isset( $value['languages'] ) && is_array( $value['languages'] ) ) {
		foreach ( $value['languages'] as $code => $language ) {
			$code = botox_widgets_settings_language_tag( (string) $code );
			if ( '' === $code || '' !== botox_widgets_settings_shipped_code( $code ) || ! is_array( $language ) ) {
				continue;
			}
			$settings['languages'][ $code ] = array(
				'dir'      => isset( $language['dir'] ) && 'rtl' === $language['dir'] ? 'rtl' : 'ltr',
				'messages' => botox_widgets_settings_clean_messages( isset( $language['messages'] ) ? $language['messages'] : array() ),
			);
		}
	}

	$catalog   = botox_widgets_settings_catalog();
	$available = array_merge( $catalog['locales'], array_keys( $settings['languages'] ) );

	if ( isset( $value['locale'] ) && is_string( $value['locale'] ) && in_array( $value['locale'], $available, true ) ) {
		$settings['locale'] = $value['locale'];
	}
	if ( isset( $value['clinic_name'] ) ) {
		$settings['clinic_name'] = botox_widgets_settings_clean_text( $value['clinic_name'], 200 );
	}
	if ( isset( $value['booking_url'] ) && is_string( $value['booking_url'] ) ) {
		$settings['booking_url'] = botox_widgets_settings_clean_url( $value['booking_url'] );
	}
	if ( isset( $value['wording'] ) && is_array( $value['wording'] ) ) {
		foreach ( $value['wording'] as $code => $messages ) {
			$code = (string) $code;
			if ( ! in_array( $code, $available, true ) ) {
				continue;
			}
			$messages = botox_widgets_settings_clean_messages( $messages );
			if ( $messages ) {
				$settings['wording'][ $code ] = $messages;
			}
		}
	}
	return $settings;
}

/**
 * A booking link: a web address (http, https), an address on this site (`/book`), mailto: or
 * tel: (as botox_widgets_validate_url() accepts it), or '' when it is none of those. An address
 * typed as `www.…` gets https://; spaces are encoded.
 *
 * @param string $url What was typed.
 * @return string
 */
function botox_widgets_settings_clean_url( $url ) {
	$url = botox_widgets_settings_clean_text( $url, 2000 );
	if ( '' === $url ) {
		return '';
	}
	if ( 0 === stripos( $url, 'www.' ) ) {
		$url = 'https://' . $url;
	}
	$valid = botox_widgets_validate_url( str_replace( ' ', '%20', $url ) );
	return null === $valid ? '' : $valid;
}

/**
 * The saved settings, merged with the defaults and checked.
 *
 * @return array
 */
function botox_widgets_settings_current() {
	return botox_widgets_settings_normalize( botox_widgets_get_settings() );
}

/**
 * Every language the widgets can speak: the shipped ones, then the added ones.
 *
 * @param array $settings Normalized settings.
 * @return string[]
 */
function botox_widgets_settings_available( $settings ) {
	$catalog = botox_widgets_settings_catalog();
	return array_merge( $catalog['locales'], array_keys( $settings['languages'] ) );
}

/**
 * Adds a notice for the next screen (shown by WordPress on Settings pages).
 *
 * @param string $code    Unique code of the notice.
 * @param string $message Plain text; escaped here.
 * @param string $type    'error', 'success', 'warning' or 'info'.
 */
function botox_widgets_settings_notice( $code, $message, $type = 'error' ) {
	add_settings_error( botox_widgets_settings_option(), $code, esc_html( $message ), $type );
}

/**
 * Hooks the page in.
 */
function botox_widgets_settings_init() {
	add_action( 'admin_menu', 'botox_widgets_settings_menu' );
	add_action( 'admin_init', 'botox_widgets_settings_register' );
	add_action( 'admin_enqueue_scripts', 'botox_widgets_settings_assets' );
	add_filter(
		'plugin_action_links_' . plugin_basename( BOTOX_WIDGETS_FILE ),
		'botox_widgets_settings_action_link'
	);
}

/**
 * Adds Settings → Botox widgets.
 */
function botox_widgets_settings_menu() {
	add_options_page(
		__( 'Botox widgets', 'botox-widgets' ),
		__( 'Botox widgets', 'botox-widgets' ),
		'manage_options',
		BOTOX_WIDGETS_SETTINGS_PAGE,
		'botox_widgets_settings_page'
	);
}

/**
 * Adds a "Settings" link to the plugin's row on the Plugins screen.
 *
 * @param array $links Links.
 * @return array
 */
function botox_widgets_settings_action_link( $links ) {
	if ( ! is_array( $links ) ) {
		$links = array();
	}
	array_unshift(
		$links,
		sprintf(
			'<a href="%s">%s</a>',
			esc_url( admin_url( 'options-general.php?page=' . BOTOX_WIDGETS_SETTINGS_PAGE ) ),
			esc_html__( 'Settings', 'botox-widgets' )
		)
	);
	return $links;
}

/**
 * Registers the option with its sanitize callback.
 */
function botox_widgets_settings_register() {
	register_setting(
		BOTOX_WIDGETS_SETTINGS_GROUP,
		botox_widgets_settings_option(),
		array(
			'type'              => 'array',
			'sanitize_callback' => 'botox_widgets_settings_sanitize',
			'default'           => botox_widgets_settings_defaults(),
			'show_in_rest'      => false,
		)
	);
}

/**
 * Loads the page's CSS and JavaScript, on this page only.
 *
 * @param string $hook_suffix The admin page.
 */
function botox_widgets_settings_assets( $hook_suffix ) {
	if ( 'settings_page_' . BOTOX_WIDGETS_SETTINGS_PAGE !== $hook_suffix ) {
		return;
	}
	foreach ( array( 'css', 'js' ) as $type ) {
		$file    = BOTOX_WIDGETS_DIR . 'admin/settings.' . $type;
		$version = is_readable( $file ) ? (string) filemtime( $file ) : BOTOX_WIDGETS_VERSION;
		$url     = plugins_url( 'admin/settings.' . $type, BOTOX_WIDGETS_FILE );
		if ( 'css' === $type ) {
			wp_enqueue_style( 'botox-widgets-settings', $url, array(), $version );
		} else {
			wp_enqueue_script( 'botox-widgets-settings', $url, array(), $version, true );
			wp_localize_script(
				'botox-widgets-settings',
				'botoxWidgetsSettings',
				array(
					/* translators: %s: a language name. */
					'confirmRemove' => __( 'Remove %s and its texts? This cannot be undone.', 'botox-widgets' ),
					'unsaved'       => __( 'Your changes have not been saved.', 'botox-widgets' ),
					/* translators: 1: number of texts shown, 2: number of texts. */
					'shown'         => __( '%1$d of %2$d texts shown.', 'botox-widgets' ),
				)
			);
		}
	}
}

/*
 * Saving.
 */

/**
 * The sanitize callback: changes the part of the settings that the submitted form edits.
 *
 * options.php has already applied wp_unslash() to the submitted value. A value without
 * `_section` is a whole settings array (update_option() from code, or the second pass WordPress
 * makes when the option is first created) and is only normalized.
 *
 * @param mixed $input Submitted value.
 * @return array
 */
function botox_widgets_settings_sanitize( $input ) {
	$current = botox_widgets_settings_current();
	if ( ! is_array( $input ) ) {
		return $current;
	}
	if ( ! isset( $input['_section'] ) ) {
		return botox_widgets_settings_normalize( $input );
	}
	if ( ! current_user_can( 'manage_options' ) ) {
		return $current;
	}
	switch ( $input['_section'] ) {
		case 'general':
			return botox_widgets_settings_save_general( $current, $input );
		case 'wording':
			return botox_widgets_settings_save_wording( $current, $input );
		case 'add_language':
			return botox_widgets_settings_save_language( $current, $input );
		case 'remove_language':
			return botox_widgets_settings_remove_language( $current, $input );
	}
	return $current;
}

/**
 * Saves the language, clinic name and booking link.
 *
 * @param array $settings Current settings.
 * @param array $input    Submitted value.
 * @return array
 */
function botox_widgets_settings_save_general( $settings, $input ) {
	$locale = isset( $input['locale'] ) && is_string( $input['locale'] ) ? $input['locale'] : '';
	if ( '' === $locale || in_array( $locale, botox_widgets_settings_available( $settings ), true ) ) {
		$settings['locale'] = $locale;
	} else {
		botox_widgets_settings_notice( 'locale', __( 'That language is not available, so the language was not changed.', 'botox-widgets' ) );
	}

	$settings['clinic_name'] = botox_widgets_settings_clean_text( isset( $input['clinic_name'] ) ? $input['clinic_name'] : '', 200 );

	$typed = botox_widgets_settings_clean_text( isset( $input['booking_url'] ) ? $input['booking_url'] : '', 2000 );
	$url   = botox_widgets_settings_clean_url( $typed );
	if ( '' !== $typed && '' === $url ) {
		botox_widgets_settings_notice(
			'booking_url',
			sprintf(
				/* translators: %s: what was typed. */
				__( 'The booking link “%s” was not saved: use a web address (https://…), a page of this site (/book), mailto: or tel:.', 'botox-widgets' ),
				$typed
			)
		);
	} else {
		$settings['booking_url'] = $url;
	}
	return $settings;
}

/**
 * Saves the wording of one language: overrides of a shipped language, or the texts of an added
 * one. A text whose placeholders differ from the English text is rejected, with a notice.
 *
 * @param array $settings Current settings.
 * @param array $input    Submitted value.
 * @return array
 */
function botox_widgets_settings_save_wording( $settings, $input ) {
	$code = isset( $input['language'] ) && is_string( $input['language'] ) ? $input['language'] : '';
	if ( ! in_array( $code, botox_widgets_settings_available( $settings ), true ) ) {
		botox_widgets_settings_notice( 'wording_language', __( 'That language is not available; nothing was saved.', 'botox-widgets' ) );
		return $settings;
	}
	$catalog = botox_widgets_settings_catalog();
	if ( ! $catalog['messages'] ) {
		botox_widgets_settings_notice( 'wording_catalog', __( 'The list of texts (generated/messages.json) is missing; nothing was saved. Reinstall the plugin.', 'botox-widgets' ) );
		return $settings;
	}
	$added    = isset( $settings['languages'][ $code ] );
	$stored   = $added ? $settings['languages'][ $code ]['messages'] : ( isset( $settings['wording'][ $code ] ) ? $settings['wording'][ $code ] : array() );
	$sent     = isset( $input['messages'] ) && is_array( $input['messages'] ) ? $input['messages'] : array();
	$name     = botox_widgets_settings_language_in_text( $code );
	$rejected = 0;
	$changed  = 0;

	foreach ( $sent as $id => $text ) {
		$id = (string) $id;
		if ( ! isset( $catalog['messages'][ $id ] ) ) {
			continue;
		}
		$message = $catalog['messages'][ $id ];
		$text    = botox_widgets_settings_clean_text( $text );
		$before  = isset( $stored[ $id ] ) ? $stored[ $id ] : '';
		// Text equal to what the widgets show anyway is no override.
		$shipped = 'en' === $code ? $message['text'] : ( isset( $message['translations'][ $code ] ) ? $message['translations'][ $code ] : null );
		if ( ! $added && $text === $shipped ) {
			$text = '';
		}
		if ( $text === $before ) {
			continue;
		}
		if ( '' !== $text && ! botox_widgets_settings_placeholders_match( $text, $message ) ) {
			$rejected++;
			$need = botox_widgets_settings_placeholders( $message['text'] );
			botox_widgets_settings_notice(
				'wording_' . $id,
				sprintf(
					/* translators: 1: message id, 2: language name, 3: the placeholders, such as {0}, 4: the rejected text. */
					__( '%1$s (%2$s) was not saved: it must contain %3$s, like the English text, and no other {number}. Your text was: %4$s', 'botox-widgets' ),
					$id,
					$name,
					$need ? implode( ' ', $need ) : __( 'no {number} placeholder', 'botox-widgets' ),
					$text
				)
			);
			continue;
		}
		$changed++;
		if ( '' === $text ) {
			unset( $stored[ $id ] );
		} else {
			$stored[ $id ] = $text;
		}
	}

	// Keep the catalogue order, so the stored option reads like the editor.
	$ordered = array();
	foreach ( array_keys( $catalog['messages'] ) as $id ) {
		if ( isset( $stored[ $id ] ) ) {
			$ordered[ $id ] = $stored[ $id ];
		}
	}
	if ( $added ) {
		$settings['languages'][ $code ]['messages'] = $ordered;
	} elseif ( $ordered ) {
		$settings['wording'][ $code ] = $ordered;
	} else {
		unset( $settings['wording'][ $code ] );
	}

	if ( $rejected && $changed ) {
		botox_widgets_settings_notice(
			'wording_saved',
			sprintf(
				/* translators: 1: number of texts, 2: language name. */
				_n( '%1$d other text in %2$s was saved.', '%1$d other texts in %2$s were saved.', $changed, 'botox-widgets' ),
				$changed,
				$name
			),
			'success'
		);
	}
	return $settings;
}

/**
 * Adds a language, or replaces the texts of one added before, from the form and the uploaded file.
 *
 * @param array $settings Current settings.
 * @param array $input    Submitted value.
 * @return array
 */
function botox_widgets_settings_save_language( $settings, $input ) {
	$typed = isset( $input['new_code'] ) && is_string( $input['new_code'] ) ? trim( $input['new_code'] ) : '';
	$code  = botox_widgets_settings_language_tag( $typed );
	$dir   = isset( $input['new_dir'] ) && 'rtl' === $input['new_dir'] ? 'rtl' : 'ltr';

	if ( '' === $typed ) {
		botox_widgets_settings_notice( 'language_code', __( 'Enter the code of the language to add, such as vi, he, fa, ko or es-MX. Nothing was changed.', 'botox-widgets' ) );
		return $settings;
	}
	if ( '' === $code ) {
		botox_widgets_settings_notice(
			'language_code',
			sprintf(
				/* translators: %s: what was typed. */
				__( '“%s” is not a language code. Use a code such as vi, he, fa, ko or es-MX. Nothing was changed.', 'botox-widgets' ),
				$typed
			)
		);
		return $settings;
	}
	$shipped = botox_widgets_settings_shipped_code( $code );
	if ( '' !== $shipped ) {
		botox_widgets_settings_notice(
			'language_shipped',
			sprintf(
				/* translators: %s: language name and code, such as Español (es). */
				__( '%s comes with the widgets: change its texts on the Wording tab instead. Nothing was changed.', 'botox-widgets' ),
				botox_widgets_settings_language_in_text( $shipped )
			)
		);
		return $settings;
	}

	$file = botox_widgets_settings_uploaded_file();
	if ( is_wp_error( $file ) ) {
		botox_widgets_settings_notice( 'language_file', $file->get_error_message() . ' ' . __( 'Nothing was changed.', 'botox-widgets' ) );
		return $settings;
	}

	$existed  = isset( $settings['languages'][ $code ] );
	$messages = $existed ? $settings['languages'][ $code ]['messages'] : array();
	$label    = botox_widgets_settings_language_in_text( $code );
	if ( null !== $file ) {
		$result = botox_widgets_settings_read_language_file( $file['contents'], $code );
		if ( is_wp_error( $result ) ) {
			botox_widgets_settings_notice(
				'language_file',
				sprintf(
					/* translators: 1: file name, 2: what is wrong. */
					__( '%1$s could not be read: %2$s Nothing was changed.', 'botox-widgets' ),
					$file['name'],
					$result->get_error_message()
				)
			);
			return $settings;
		}
		$messages = $result['messages'];
		$total    = count( botox_widgets_settings_catalog()['messages'] );
		$report   = sprintf(
			/* translators: 1: number of texts imported, 2: language name, 3: number of texts the widgets have. */
			_n( 'Imported %1$d of %3$d text into %2$s.', 'Imported %1$d of %3$d texts into %2$s.', $total, 'botox-widgets' ),
			count( $messages ),
			$label,
			$total
		);
		if ( $result['unknown'] ) {
			$report .= ' ' . sprintf(
				/* translators: %d: number of ids. */
				_n( '%d id was unknown and skipped (a typo, or a text of another version).', '%d ids were unknown and skipped (a typo, or texts of another version).', $result['unknown'], 'botox-widgets' ),
				$result['unknown']
			);
		}
		if ( $result['placeholders'] ) {
			$report .= ' ' . sprintf(
				/* translators: %s: message ids. */
				__( 'Skipped because a {number} placeholder differs from the English text: %s.', 'botox-widgets' ),
				implode( ', ', $result['placeholders'] )
			);
		}
		if ( $result['empty'] ) {
			$report .= ' ' . sprintf(
				/* translators: %d: number of texts. */
				_n( '%d text was empty or not text and was skipped.', '%d texts were empty or not text and were skipped.', $result['empty'], 'botox-widgets' ),
				$result['empty']
			);
		}
		if ( '' !== $result['language'] && strtolower( str_replace( '_', '-', $result['language'] ) ) !== strtolower( $code ) ) {
			$report .= ' ' . sprintf(
				/* translators: 1: language code in the file, 2: language code entered. */
				__( 'Note: the file says it is in %1$s; it was added as %2$s.', 'botox-widgets' ),
				$result['language'],
				$code
			);
		}
		botox_widgets_settings_notice( 'language_imported', $report, $result['unknown'] || $result['placeholders'] || $result['empty'] ? 'warning' : 'success' );
	} else {
		botox_widgets_settings_notice(
			'language_added',
			$existed
				/* translators: %s: language name. */
				? sprintf( __( 'The writing direction of %s was saved.', 'botox-widgets' ), $label )
				/* translators: %s: language name. */
				: sprintf( __( '%s was added. Translate its texts on the Wording tab; texts left empty are shown in English.', 'botox-widgets' ), $label ),
			'success'
		);
	}

	$settings['languages'][ $code ] = array(
		'dir'      => $dir,
		'messages' => $messages,
	);
	return $settings;
}

/**
 * Removes an added language, its wording, and the pin when it was pinned.
 *
 * @param array $settings Current settings.
 * @param array $input    Submitted value.
 * @return array
 */
function botox_widgets_settings_remove_language( $settings, $input ) {
	$code = isset( $input['remove'] ) && is_string( $input['remove'] ) ? $input['remove'] : '';
	if ( ! isset( $settings['languages'][ $code ] ) ) {
		botox_widgets_settings_notice( 'language_remove', __( 'That language was not found; nothing was removed.', 'botox-widgets' ) );
		return $settings;
	}
	$label = botox_widgets_settings_language_in_text( $code );
	unset( $settings['languages'][ $code ], $settings['wording'][ $code ] );
	$message = sprintf(
		/* translators: %s: language name. */
		__( '%s was removed.', 'botox-widgets' ),
		$label
	);
	if ( $settings['locale'] === $code ) {
		$settings['locale'] = '';
		$message           .= ' ' . __( 'The widgets follow the site language again.', 'botox-widgets' );
	}
	botox_widgets_settings_notice( 'language_removed', $message, 'success' );
	return $settings;
}

/**
 * The language file sent with the form: null when none was chosen, a WP_Error when it cannot be
 * used, else array( 'name' => …, 'contents' => … ).
 *
 * @return array|WP_Error|null
 */
function botox_widgets_settings_uploaded_file() {
	$option = botox_widgets_settings_option();
	// phpcs:ignore WordPress.Security.NonceVerification.Missing -- options.php checked the nonce.
	if ( ! isset( $_FILES[ $option ] ) || ! is_array( $_FILES[ $option ] ) ) {
		return null;
	}
	$files = $_FILES[ $option ]; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- each part is checked below.
	$part  = function ( $key ) use ( $files ) {
		return isset( $files[ $key ]['file'] ) && is_scalar( $files[ $key ]['file'] ) ? $files[ $key ]['file'] : null;
	};
	$error = $part( 'error' );
	if ( null === $error || UPLOAD_ERR_NO_FILE === (int) $error ) {
		return null;
	}
	if ( UPLOAD_ERR_INI_SIZE === (int) $error || UPLOAD_ERR_FORM_SIZE === (int) $error || (int) $part( 'size' ) > BOTOX_WIDGETS_SETTINGS_MAX_UPLOAD ) {
		return new WP_Error( 'too_big', __( 'The file is larger than 1 MB.', 'botox-widgets' ) );
	}
	$tmp = (string) $part( 'tmp_name' );
	if ( UPLOAD_ERR_OK !== (int) $error || '' === $tmp || ! is_uploaded_file( $tmp ) ) {
		return new WP_Error( 'upload', __( 'The file did not arrive. Please try again.', 'botox-widgets' ) );
	}
	$size = filesize( $tmp );
	if ( false === $size || $size > BOTOX_WIDGETS_SETTINGS_MAX_UPLOAD ) {
		return new WP_Error( 'too_big', __( 'The file is larger than 1 MB.', 'botox-widgets' ) );
	}
	$contents = file_get_contents( $tmp ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- an uploaded file.
	if ( false === $contents ) {
		return new WP_Error( 'upload', __( 'The file could not be read. Please try again.', 'botox-widgets' ) );
	}
	$name = botox_widgets_settings_clean_text( (string) $part( 'name' ), 200 );
	return array(
		'name'     => '' !== $name ? $name : __( 'The file', 'botox-widgets' ),
		'contents' => $contents,
	);
}

/**
 * Reads a language file: the library's JSON (`{ "id": "text" }` or
 * `{ "messages": { "<code>": { … } } }`) or XLIFF 1.2 (`<trans-unit id>` with `<target>`).
 *
 * @param string $contents File contents.
 * @param string $code     The language it is added as (picks the entry of a `messages` block).
 * @return array|WP_Error array( messages, unknown, placeholders (ids), empty, language )
 */
function botox_widgets_settings_read_language_file( $contents, $code ) {
	$contents = (string) $contents;
	if ( 0 === strpos( $contents, "\xEF\xBB\xBF" ) ) {
		$contents = substr( $contents, 3 );
	}
	$contents = ltrim( $contents );
	if ( '' === $contents ) {
		return new WP_Error( 'empty', __( 'the file is empty.', 'botox-widgets' ) );
	}
	if ( ! preg_match( '//u', $contents ) ) {
		return new WP_Error( 'encoding', __( 'the file is not UTF-8 text.', 'botox-widgets' ) );
	}
	$language = '';
	if ( '{' === $contents[0] ) {
		$entries = botox_widgets_settings_read_json( $contents, $code, $language );
	} elseif ( '<' === $contents[0] ) {
		$entries = botox_widgets_settings_read_xliff( $contents, $language );
	} else {
		$entries = new WP_Error( 'format', __( 'it is neither a JSON file nor an XLIFF file.', 'botox-widgets' ) );
	}
	if ( is_wp_error( $entries ) ) {
		return $entries;
	}

	$catalog = botox_widgets_settings_catalog();
	$result  = array(
		'messages'     => array(),
		'unknown'      => 0,
		'placeholders' => array(),
		'empty'        => 0,
		'language'     => $language,
	);
	foreach ( $entries as $id => $text ) {
		$id = (string) $id;
		if ( ! isset( $catalog['messages'][ $id ] ) ) {
			$result['unknown']++;
			continue;
		}
		$text = is_string( $text ) ? botox_widgets_settings_clean_text( $text ) : '';
		if ( '' === $text ) {
			$result['empty']++;
			continue;
		}
		if ( ! botox_widgets_settings_placeholders_match( $text, $catalog['messages'][ $id ] ) ) {
			$result['placeholders'][] = $id;
			continue;
		}
		$result['messages'][ $id ] = $text;
	}
	if ( ! $result['messages'] ) {
		return new WP_Error( 'nothing', __( 'it has no text with an id the widgets know.', 'botox-widgets' ) );
	}
	// Catalogue order.
	$ordered = array();
	foreach ( array_keys( $catalog['messages'] ) as $id ) {
		if ( isset( $result['messages'][ $id ] ) ) {
			$ordered[ $id ] = $result['messages'][ $id ];
		}
	}
	$result['messages'] = $ordered;
	return $result;
}

/**
 * The entries of a JSON language file.
 *
 * @param string $contents File contents.
 * @param string $code     The language it is added as.
 * @param string $language Set to the language the file names, if any.
 * @return array|WP_Error id → value
 */
function botox_widgets_settings_read_json( $contents, $code, &$language ) {
	$data = json_decode( $contents, true, 16 );
	if ( ! is_array( $data ) ) {
		return new WP_Error( 'json', __( 'it is not valid JSON.', 'botox-widgets' ) );
	}
	if ( isset( $data['messages'] ) && is_array( $data['messages'] ) ) {
		if ( array_values( $data['messages'] ) === $data['messages'] ) {
			return new WP_Error( 'json_shape', __( 'its "messages" is a list, not one entry per language. Use a file such as { "messages": { "vi": { "message id": "text" } } } or { "message id": "text" }.', 'botox-widgets' ) );
		}
		$blocks = array_filter( $data['messages'], 'is_array' );
		foreach ( $blocks as $key => $entries ) {
			if ( strtolower( str_replace( '_', '-', (string) $key ) ) === strtolower( $code ) ) {
				$language = (string) $key;
				return $entries;
			}
		}
		if ( 1 === count( $blocks ) ) {
			$language = (string) key( $blocks );
			return reset( $blocks );
		}
		return new WP_Error(
			'json_language',
			sprintf(
				/* translators: 1: language code, 2: the codes in the file. */
				__( 'its "messages" has no entry for %1$s (it has: %2$s).', 'botox-widgets' ),
				$code,
				$blocks ? implode( ', ', array_slice( array_map( 'strval', array_keys( $blocks ) ), 0, 10 ) ) : '–'
			)
		);
	}
	return $data;
}

/**
 * The entries of an XLIFF 1.2 file: each trans-unit's id and target, placeholders
 * (`<x id="0"/>`) written `{0}`. No DTD, no entities, no network.
 *
 * @param string $contents File contents.
 * @param string $language Set to the file's target-language, if any.
 * @return array|WP_Error id → text
 */
function botox_widgets_settings_read_xliff( $contents, &$language ) {
	if ( ! class_exists( 'DOMDocument' ) ) {
		return new WP_Error( 'xml', __( 'this server cannot read XLIFF files (PHP’s DOM extension is missing); use a JSON file.', 'botox-widgets' ) );
	}
	if ( preg_match( '/<!DOCTYPE|<!ENTITY/i', $contents ) ) {
		return new WP_Error( 'xml_doctype', __( 'XLIFF files with a DOCTYPE are not accepted.', 'botox-widgets' ) );
	}
	$internal = libxml_use_internal_errors( true );
	$loader   = null;
	if ( PHP_VERSION_ID < 80000 ) {
		$loader = libxml_disable_entity_loader( true ); // phpcs:ignore PHPCompatibility.FunctionUse.RemovedFunctions.libxml_disable_entity_loaderDeprecated -- PHP 7.4.
	}
	$document = new DOMDocument();
	$loaded   = $document->loadXML( $contents, LIBXML_NONET );
	libxml_clear_errors();
	libxml_use_internal_errors( $internal );
	if ( null !== $loader ) {
		libxml_disable_entity_loader( $loader ); // phpcs:ignore PHPCompatibility.FunctionUse.RemovedFunctions.libxml_disable_entity_loaderDeprecated -- PHP 7.4.
	}
	if ( ! $loaded || null !== $document->doctype || ! $document->documentElement || 'xliff' !== $document->documentElement->localName ) {
		return new WP_Error( 'xml', __( 'it is not an XLIFF file.', 'botox-widgets' ) );
	}
	$xpath = new DOMXPath( $document );
	$files = $xpath->query( '//*[local-name()="file"][@target-language]' );
	if ( $files && $files->length > 0 ) {
		$language = (string) $files->item( 0 )->getAttribute( 'target-language' );
	}
	$entries = array();
	$units   = $xpath->query( '//*[local-name()="trans-unit"][@id]' );
	foreach ( $units ? $units : array() as $unit ) {
		$targets = $xpath->query( './*[local-name()="target"]', $unit );
		if ( ! $targets || 0 === $targets->length ) {
			continue;
		}
		$entries[ $unit->getAttribute( 'id' ) ] = botox_widgets_settings_xliff_text( $targets->item( 0 ) );
	}
	return $entries;
}

/**
 * The text of an XLIFF element, placeholders written `{id}`.
 *
 * @param DOMNode $node Element.
 * @return string
 */
function botox_widgets_settings_xliff_text( $node ) {
	$text = '';
	foreach ( $node->childNodes as $child ) {
		if ( XML_TEXT_NODE === $child->nodeType || XML_CDATA_SECTION_NODE === $child->nodeType ) {
			$text .= $child->nodeValue;
		} elseif ( XML_ELEMENT_NODE === $child->nodeType ) {
			if ( in_array( $child->localName, array( 'x', 'ph' ), true ) && preg_match( '/^\d+$/', $child->getAttribute( 'id' ) ) ) {
				$text .= '{' . $child->getAttribute( 'id' ) . '}';
			} else {
				$text .= botox_widgets_settings_xliff_text( $child );
			}
		}
	}
	return $text;
}

/*
 * The page.
 */

/**
 * The tabs of the page.
 *
 * @return array slug → title
 */
function botox_widgets_settings_tabs() {
	return array(
		'general'   => __( 'General', 'botox-widgets' ),
		'wording'   => __( 'Wording', 'botox-widgets' ),
		'languages' => __( 'Add a language', 'botox-widgets' ),
	);
}

/**
 * A URL of this page.
 *
 * @param array $args Query arguments.
 * @return string
 */
function botox_widgets_settings_url( $args = array() ) {
	return add_query_arg( array_merge( array( 'page' => BOTOX_WIDGETS_SETTINGS_PAGE ), $args ), admin_url( 'options-general.php' ) );
}

/**
 * A string from the query, or ''.
 *
 * @param string $key Key.
 * @return string
 */
function botox_widgets_settings_query( $key ) {
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only chooses what to show.
	return isset( $_GET[ $key ] ) && is_string( $_GET[ $key ] ) ? sanitize_text_field( wp_unslash( $_GET[ $key ] ) ) : '';
}

/**
 * Prints the settings page.
 */
function botox_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'botox-widgets' ) );
	}
	$settings = botox_widgets_settings_current();
	$catalog  = botox_widgets_settings_catalog();
	$tabs     = botox_widgets_settings_tabs();
	$tab      = botox_widgets_settings_query( 'tab' );
	if ( ! isset( $tabs[ $tab ] ) ) {
		$tab = 'general';
	}
	?>
	<div class="wrap botox-widgets-settings">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php if ( '' !== $catalog['error'] ) : ?>
			<div class="notice notice-error inline"><p>
				<?php
				printf(
					/* translators: %s: a file name. */
					esc_html__( 'The list of texts (%s) is missing or damaged, so the wording cannot be edited. Reinstall the plugin from its zip file.', 'botox-widgets' ),
					'<code>generated/messages.json</code>'
				);
				?>
			</p></div>
		<?php endif; ?>
		<?php botox_widgets_settings_print_preview( $settings ); ?>
		<nav class="nav-tab-wrapper wp-clearfix" aria-label="<?php esc_attr_e( 'Settings sections', 'botox-widgets' ); ?>">
			<?php foreach ( $tabs as $slug => $title ) : ?>
				<a href="<?php echo esc_url( botox_widgets_settings_url( array( 'tab' => $slug ) ) ); ?>" class="nav-tab<?php echo $slug === $tab ? ' nav-tab-active' : ''; ?>"<?php echo $slug === $tab ? ' aria-current="page"' : ''; ?>><?php echo esc_html( $title ); ?></a>
			<?php endforeach; ?>
		</nav>
		<?php
		if ( 'wording' === $tab ) {
			botox_widgets_settings_print_wording( $settings );
		} elseif ( 'languages' === $tab ) {
			botox_widgets_settings_print_languages( $settings );
		} else {
			botox_widgets_settings_print_general( $settings );
		}
		?>
	</div>
	<?php
}

/**
 * The language the widgets will use, and why.
 *
 * @param array $settings Normalized settings.
 * @return array array( code, site ) — site is the site language when it is followed, else ''.
 */
function botox_widgets_settings_spoken( $settings ) {
	if ( '' !== $settings['locale'] ) {
		return array( $settings['locale'], '' );
	}
	$site = get_locale();
	return array( botox_widgets_match_locale( $site, botox_widgets_settings_available( $settings ), 'en' ), $site );
}

/**
 * A message as the widgets will show it in a language: the clinic's text, else the shipped
 * translation, else the English override, else English.
 *
 * @param string $id       Message id.
 * @param string $code     Language.
 * @param array  $settings Normalized settings.
 * @return string
 */
function botox_widgets_settings_resolve( $id, $code, $settings ) {
	$catalog = botox_widgets_settings_catalog();
	if ( isset( $settings['wording'][ $code ][ $id ] ) ) {
		return $settings['wording'][ $code ][ $id ];
	}
	if ( isset( $settings['languages'][ $code ]['messages'][ $id ] ) ) {
		return $settings['languages'][ $code ]['messages'][ $id ];
	}
	if ( isset( $catalog['messages'][ $id ]['translations'][ $code ] ) ) {
		return $catalog['messages'][ $id ]['translations'][ $code ];
	}
	if ( isset( $settings['wording']['en'][ $id ] ) ) {
		return $settings['wording']['en'][ $id ];
	}
	return isset( $catalog['messages'][ $id ] ) ? $catalog['messages'][ $id ]['text'] : '';
}

/**
 * Prints "The widgets will speak: …": the language, why, an example text, and the clinic defaults.
 *
 * @param array $settings Normalized settings.
 */
function botox_widgets_settings_print_preview( $settings ) {
	list( $code, $site ) = botox_widgets_settings_spoken( $settings );
	$dir                 = botox_widgets_settings_language_dir( $code, $settings );
	$language            = sprintf(
		'<strong lang="%s" dir="%s">%s</strong>',
		esc_attr( $code ),
		esc_attr( $dir ),
		esc_html( botox_widgets_settings_language_label_code( $code ) )
	);
	if ( '' === $site ) {
		/* translators: %s: a language, such as Español (es). */
		$line = esc_html__( '%s, chosen on the General tab, whatever the site language.', 'botox-widgets' );
	} elseif ( 'en' === $code && 'en' !== strtolower( substr( $site, 0, 2 ) ) ) {
		/* translators: 1: a language, such as English (en), 2: the site language, such as ja. */
		$line = esc_html__( '%1$s: the widgets do not have the site language (%2$s).', 'botox-widgets' );
	} else {
		/* translators: 1: a language, such as Español (es), 2: the site language, such as es_ES. */
		$line = esc_html__( '%1$s, following the site language (%2$s).', 'botox-widgets' );
	}
	$parts   = array( sprintf( $line, $language, '<code>' . esc_html( $site ) . '</code>' ) );
	$catalog = botox_widgets_settings_catalog();
	if ( isset( $settings['languages'][ $code ] ) ) {
		$done    = count( $settings['languages'][ $code ]['messages'] );
		$total   = count( $catalog['messages'] );
		$parts[] = esc_html(
			sprintf(
				$done < $total
					/* translators: 1: number of texts translated, 2: number of texts. */
					? __( '%1$d of %2$d texts are translated; the others are shown in English.', 'botox-widgets' )
					/* translators: 1: number of texts translated, 2: number of texts. */
					: __( '%1$d of %2$d texts are translated.', 'botox-widgets' ),
				$done,
				$total
			)
		);
	} elseif ( ! empty( $settings['wording'][ $code ] ) ) {
		$own     = count( $settings['wording'][ $code ] );
		$parts[] = esc_html(
			sprintf(
				/* translators: %d: number of texts. */
				_n( '%d text uses your own wording.', '%d texts use your own wording.', $own, 'botox-widgets' ),
				$own
			)
		);
	}
	$sample = botox_widgets_settings_resolve( 'candidacy.heading', $code, $settings );
	if ( '' !== $sample ) {
		$parts[] = sprintf(
			/* translators: %s: a text of the widgets, in quotes. */
			esc_html__( 'For example: %s', 'botox-widgets' ),
			sprintf( '“<span lang="%s" dir="%s">%s</span>”', esc_attr( $code ), esc_attr( $dir ), esc_html( $sample ) )
		);
	}
	$defaults = array();
	if ( '' !== $settings['clinic_name'] ) {
		/* translators: %s: the clinic name. */
		$defaults[] = sprintf( esc_html__( 'Clinic name: %s.', 'botox-widgets' ), '<strong>' . esc_html( $settings['clinic_name'] ) . '</strong>' );
	}
	if ( '' !== $settings['booking_url'] ) {
		/* translators: %s: the booking link. */
		$defaults[] = sprintf( esc_html__( 'Booking link: %s.', 'botox-widgets' ), '<code>' . esc_html( $settings['booking_url'] ) . '</code>' );
	}
	?>
	<div class="notice notice-info inline botox-widgets-preview">
		<p>
			<strong><?php esc_html_e( 'The widgets will speak:', 'botox-widgets' ); ?></strong>
			<?php echo implode( ' ', $parts ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>
		</p>
		<?php if ( $defaults ) : ?>
			<p><?php echo implode( ' ', $defaults ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?></p>
		<?php endif; ?>
	</div>
	<?php
}

/**
 * The hidden fields every form of the page sends.
 *
 * @param string $section Which part the form edits.
 */
function botox_widgets_settings_form_fields( $section ) {
	settings_fields( BOTOX_WIDGETS_SETTINGS_GROUP );
	printf(
		'<input type="hidden" name="%s[_section]" value="%s">',
		esc_attr( botox_widgets_settings_option() ),
		esc_attr( $section )
	);
}

/**
 * Prints the language options of a select: the shipped languages, then the added ones.
 *
 * @param array  $settings Normalized settings.
 * @param string $selected Selected code.
 */
function botox_widgets_settings_print_language_options( $settings, $selected ) {
	$catalog = botox_widgets_settings_catalog();
	echo '<optgroup label="' . esc_attr__( 'Languages of the widgets', 'botox-widgets' ) . '">';
	foreach ( $catalog['locales'] as $code ) {
		printf(
			'<option value="%s"%s>%s</option>',
			esc_attr( $code ),
			selected( $selected, $code, false ),
			esc_html( botox_widgets_settings_language_label_code( $code ) )
		);
	}
	echo '</optgroup>';
	if ( $settings['languages'] ) {
		echo '<optgroup label="' . esc_attr__( 'Languages you added', 'botox-widgets' ) . '">';
		foreach ( array_keys( $settings['languages'] ) as $code ) {
			printf(
				'<option value="%s"%s>%s</option>',
				esc_attr( $code ),
				selected( $selected, $code, false ),
				esc_html( botox_widgets_settings_language_label_code( $code ) )
			);
		}
		echo '</optgroup>';
	}
}

/**
 * The General tab: language, clinic name, booking link.
 *
 * @param array $settings Normalized settings.
 */
function botox_widgets_settings_print_general( $settings ) {
	$option = botox_widgets_settings_option();
	?>
	<form method="post" action="options.php" class="botox-widgets-form">
		<?php botox_widgets_settings_form_fields( 'general' ); ?>
		<table class="form-table" role="presentation">
			<tr>
				<th scope="row"><label for="botox-widgets-locale"><?php esc_html_e( 'Language', 'botox-widgets' ); ?></label></th>
				<td>
					<select id="botox-widgets-locale" name="<?php echo esc_attr( $option ); ?>[locale]" aria-describedby="botox-widgets-locale-description">
						<option value=""<?php selected( $settings['locale'], '' ); ?>><?php esc_html_e( 'Follow the site language', 'botox-widgets' ); ?></option>
						<?php botox_widgets_settings_print_language_options( $settings, $settings['locale'] ); ?>
					</select>
					<p class="description" id="botox-widgets-locale-description">
						<?php
						printf(
							/* translators: %s: the site language, such as es_ES. */
							esc_html__( 'Following the site language (now %s) is best for most sites: pages in another language (for example with a translation plugin) get the widgets in that language too. Languages the widgets do not have are shown in English.', 'botox-widgets' ),
							'<code>' . esc_html( get_locale() ) . '</code>'
						);
						?>
					</p>
				</td>
			</tr>
			<tr>
				<th scope="row"><label for="botox-widgets-clinic-name"><?php esc_html_e( 'Clinic name', 'botox-widgets' ); ?></label></th>
				<td>
					<input type="text" class="regular-text" id="botox-widgets-clinic-name" name="<?php echo esc_attr( $option ); ?>[clinic_name]" value="<?php echo esc_attr( $settings['clinic_name'] ); ?>" maxlength="200" autocomplete="organization" aria-describedby="botox-widgets-clinic-name-description">
					<p class="description" id="botox-widgets-clinic-name-description"><?php esc_html_e( 'Shown in the widgets, for example “Book a consultation with …”. A widget can set its own name.', 'botox-widgets' ); ?></p>
				</td>
			</tr>
			<tr>
				<th scope="row"><label for="botox-widgets-booking-url"><?php esc_html_e( 'Booking link', 'botox-widgets' ); ?></label></th>
				<td>
					<input type="text" inputmode="url" class="regular-text code" id="botox-widgets-booking-url" name="<?php echo esc_attr( $option ); ?>[booking_url]" value="<?php echo esc_attr( $settings['booking_url'] ); ?>" maxlength="2000" spellcheck="false" autocomplete="url" aria-describedby="botox-widgets-booking-url-description">
					<p class="description" id="botox-widgets-booking-url-description"><?php esc_html_e( 'Where the candidacy check’s “Book a consultation” button leads: a web address (https://…), a page of this site (/book), mailto: or tel:. Leave empty for no button.', 'botox-widgets' ); ?></p>
				</td>
			</tr>
		</table>
		<?php submit_button(); ?>
	</form>
	<?php
}

/**
 * The Wording tab: choose a language, then every text of the widgets, grouped by widget.
 *
 * @param array $settings Normalized settings.
 */
function botox_widgets_settings_print_wording( $settings ) {
	$catalog   = botox_widgets_settings_catalog();
	$available = botox_widgets_settings_available( $settings );
	$code      = botox_widgets_settings_query( 'language' );
	if ( ! in_array( $code, $available, true ) ) {
		$spoken = botox_widgets_settings_spoken( $settings );
		$code   = $spoken[0];
	}
	$option = botox_widgets_settings_option();
	$added  = isset( $settings['languages'][ $code ] );
	$label  = botox_widgets_settings_language_in_text( $code );
	$dir    = botox_widgets_settings_language_dir( $code, $settings );
	$total  = count( $catalog['messages'] );
	$own    = $added ? $settings['languages'][ $code ]['messages'] : ( isset( $settings['wording'][ $code ] ) ? $settings['wording'][ $code ] : array() );
	?>
	<form method="get" action="<?php echo esc_url( admin_url( 'options-general.php' ) ); ?>" class="botox-widgets-choose">
		<input type="hidden" name="page" value="<?php echo esc_attr( BOTOX_WIDGETS_SETTINGS_PAGE ); ?>">
		<input type="hidden" name="tab" value="wording">
		<p>
			<label for="botox-widgets-wording-language"><?php esc_html_e( 'Language to edit:', 'botox-widgets' ); ?></label>
			<select id="botox-widgets-wording-language" name="language">
				<?php botox_widgets_settings_print_language_options( $settings, $code ); ?>
			</select>
			<?php submit_button( __( 'Edit', 'botox-widgets' ), 'secondary', '', false ); ?>
		</p>
	</form>
	<?php
	if ( ! $catalog['messages'] ) {
		return;
	}
	?>
	<p class="botox-widgets-progress">
		<?php
		if ( $added ) {
			echo esc_html(
				sprintf(
					/* translators: 1: language name, 2: number of texts translated, 3: number of texts. */
					__( '%1$s: %2$d of %3$d translated. Texts left empty are shown in English.', 'botox-widgets' ),
					$label,
					count( $own ),
					$total
				)
			);
		} else {
			echo esc_html(
				sprintf(
					/* translators: 1: language name, 2: number of texts changed, 3: number of texts. */
					__( '%1$s: %2$d of %3$d texts use your own wording. Leave a field empty to keep the widgets’ text (shown in grey).', 'botox-widgets' ),
					$label,
					count( $own ),
					$total
				)
			);
		}
		?>
	</p>
	<p class="description"><?php esc_html_e( 'Texts are shown exactly as typed, never as HTML. Keep every {0}, {1}… of the English text: the widget puts a value there (a number, a date, the clinic name).', 'botox-widgets' ); ?></p>

	<?php
	// Group by widget, in catalogue order.
	$groups = array();
	foreach ( $catalog['messages'] as $id => $message ) {
		$groups[ $message['element'] ][] = $message;
	}
	$titles = botox_widgets_settings_element_titles();
	?>
	<form method="post" action="options.php" class="botox-widgets-form botox-widgets-wording">
		<?php botox_widgets_settings_form_fields( 'wording' ); ?>
		<input type="hidden" name="<?php echo esc_attr( $option ); ?>[language]" value="<?php echo esc_attr( $code ); ?>">
		<p class="botox-widgets-filter hide-if-no-js">
			<label for="botox-widgets-filter"><?php esc_html_e( 'Find a text:', 'botox-widgets' ); ?></label>
			<input type="search" id="botox-widgets-filter" class="regular-text" aria-describedby="botox-widgets-filter-status">
			<span id="botox-widgets-filter-status" class="description" role="status"></span>
		</p>
		<?php if ( count( $groups ) > 1 ) : ?>
			<p class="botox-widgets-jump">
				<?php esc_html_e( 'Widgets:', 'botox-widgets' ); ?>
				<?php
				$links = array();
				foreach ( $groups as $element => $messages ) {
					$links[] = sprintf(
						'<a href="#botox-widgets-group-%s">%s</a>',
						esc_attr( '' !== $element ? $element : 'shared' ),
						esc_html( isset( $titles[ $element ] ) ? $titles[ $element ] : ( '' !== $element ? $element : __( 'Shared texts', 'botox-widgets' ) ) )
					);
				}
				echo implode( ' | ', $links ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
				?>
			</p>
		<?php endif; ?>
		<?php foreach ( $groups as $element => $messages ) : ?>
			<?php $group_id = 'botox-widgets-group-' . ( '' !== $element ? $element : 'shared' ); ?>
			<h2 id="<?php echo esc_attr( $group_id ); ?>">
				<?php echo esc_html( isset( $titles[ $element ] ) ? $titles[ $element ] : ( '' !== $element ? $element : __( 'Shared texts', 'botox-widgets' ) ) ); ?>
				<?php if ( '' !== $element ) : ?>
					<code>&lt;<?php echo esc_html( $element ); ?>&gt;</code>
				<?php endif; ?>
			</h2>
			<table class="widefat striped botox-widgets-messages" aria-labelledby="<?php echo esc_attr( $group_id ); ?>">
				<thead>
					<tr>
						<th scope="col" class="botox-widgets-col-source"><?php esc_html_e( 'English text', 'botox-widgets' ); ?></th>
						<th scope="col" class="botox-widgets-col-text">
							<?php
							echo esc_html(
								sprintf(
									/* translators: %s: language name. */
									$added ? __( 'Translation into %s', 'botox-widgets' ) : __( 'Your wording in %s', 'botox-widgets' ),
									$label
								)
							);
							?>
						</th>
					</tr>
				</thead>
				<tbody>
					<?php
					foreach ( $messages as $message ) {
						botox_widgets_settings_print_message_row( $message, $code, $dir, $added, isset( $own[ $message['id'] ] ) ? $own[ $message['id'] ] : '' );
					}
					?>
				</tbody>
			</table>
		<?php endforeach; ?>
		<?php submit_button( __( 'Save wording', 'botox-widgets' ) ); ?>
	</form>
	<?php
}

/**
 * Names of the widgets for the wording editor: the block titles from generated/schema.json.
 *
 * @return array tag → title
 */
function botox_widgets_settings_element_titles() {
	$titles = array(
		'botox-candidacy-check' => __( 'Botox candidacy check', 'botox-widgets' ),
		'treatment-timeline'    => __( 'Treatment timeline', 'botox-widgets' ),
		'benefits-list'         => __( 'Botox benefits list', 'botox-widgets' ),
	);
	$schema = botox_widgets_schema();
	foreach ( $schema['elements'] as $tag => $element ) {
		if ( isset( $element['title'] ) && is_string( $element['title'] ) && '' !== $element['title'] ) {
			$titles[ $tag ] = $element['title'];
		}
	}
	return $titles;
}

/**
 * One row of the wording editor.
 *
 * @param array  $message Message from messages.json.
 * @param string $code    Language being edited.
 * @param string $dir     Its writing direction.
 * @param bool   $added   Whether it is an added language.
 * @param string $value   The clinic's text.
 */
function botox_widgets_settings_print_message_row( $message, $code, $dir, $added, $value ) {
	$id           = $message['id'];
	$field        = 'botox-widgets-text-' . $id;
	$shipped      = 'en' === $code ? $message['text'] : ( isset( $message['translations'][ $code ] ) ? $message['translations'][ $code ] : '' );
	$placeholders = botox_widgets_settings_placeholders( $message['text'] );
	$length       = max( strlen( $message['text'] ), strlen( $shipped ), strlen( $value ) );
	$rows         = $length > 240 ? 5 : ( $length > 90 ? 3 : 2 );
	$names        = array();
	foreach ( $message['placeholders'] as $index => $name ) {
		if ( is_string( $name ) && '' !== $name && ! preg_match( '/^\{\d+\}$/', $name ) ) {
			$names[ '{' . $index . '}' ] = $name;
		}
	}
	?>
	<tr class="botox-widgets-message<?php echo '' !== $value ? ' botox-widgets-has-text' : ''; ?>" data-botox-widgets-search="<?php echo esc_attr( strtolower( $id . ' ' . $message['text'] . ' ' . $shipped . ' ' . $value ) ); ?>">
		<td class="botox-widgets-col-source">
			<label for="<?php echo esc_attr( $field ); ?>" lang="en" dir="ltr" class="botox-widgets-source"><?php echo esc_html( $message['text'] ); ?></label>
			<p class="description" id="<?php echo esc_attr( $field . '-hint' ); ?>">
				<?php if ( '' !== $message['desc'] ) : ?>
					<span class="botox-widgets-note"><?php echo esc_html( $message['desc'] ); ?></span>
				<?php endif; ?>
				<?php if ( $placeholders ) : ?>
					<span class="botox-widgets-keep">
						<?php esc_html_e( 'Keep:', 'botox-widgets' ); ?>
						<?php
						$keep = array();
						foreach ( $placeholders as $placeholder ) {
							$keep[] = '<code>' . esc_html( $placeholder ) . '</code>' . ( isset( $names[ $placeholder ] ) ? ' (' . esc_html( $names[ $placeholder ] ) . ')' : '' );
						}
						echo implode( ', ', $keep ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
						?>
					</span>
				<?php endif; ?>
				<span class="botox-widgets-id"><?php esc_html_e( 'Id:', 'botox-widgets' ); ?> <code><?php echo esc_html( $id ); ?></code></span>
				<?php if ( 'en' !== $code && '' !== $shipped && '' !== $value ) : ?>
					<span class="botox-widgets-shipped">
						<?php
						echo esc_html(
							sprintf(
								/* translators: %s: language name. */
								__( 'The widgets’ %s:', 'botox-widgets' ),
								botox_widgets_settings_language_in_text( $code )
							)
						);
						?>
						<span lang="<?php echo esc_attr( $code ); ?>" dir="<?php echo esc_attr( $dir ); ?>"><?php echo esc_html( $shipped ); ?></span>
					</span>
				<?php endif; ?>
			</p>
		</td>
		<td class="botox-widgets-col-text">
			<textarea id="<?php echo esc_attr( $field ); ?>" name="<?php echo esc_attr( botox_widgets_settings_option() ); ?>[messages][<?php echo esc_attr( $id ); ?>]" rows="<?php echo (int) $rows; ?>" class="large-text" lang="<?php echo esc_attr( $code ); ?>" dir="<?php echo esc_attr( $dir ); ?>" placeholder="<?php echo esc_attr( $shipped ); ?>" aria-describedby="<?php echo esc_attr( $field . '-hint' ); ?>"><?php echo esc_textarea( $value ); ?></textarea>
		</td>
	</tr>
	<?php
}

/**
 * The "Add a language" tab: the added languages, and the form to add one.
 *
 * @param array $settings Normalized settings.
 */
function botox_widgets_settings_print_languages( $settings ) {
	$catalog = botox_widgets_settings_catalog();
	$option  = botox_widgets_settings_option();
	$total   = count( $catalog['messages'] );
	$shipped = array();
	foreach ( $catalog['locales'] as $code ) {
		$shipped[] = botox_widgets_settings_language_in_text( $code );
	}
	?>
	<p>
		<?php
		echo esc_html(
			sprintf(
				/* translators: %s: list of languages. */
				__( 'The widgets come in %s. Add any other language your patients read: upload a translation, or translate the texts here on the Wording tab.', 'botox-widgets' ),
				implode( ', ', $shipped )
			)
		);
		?>
	</p>

	<h2><?php esc_html_e( 'Languages you added', 'botox-widgets' ); ?></h2>
	<?php if ( ! $settings['languages'] ) : ?>
		<p><?php esc_html_e( 'None yet.', 'botox-widgets' ); ?></p>
	<?php else : ?>
		<form method="post" action="options.php" class="botox-widgets-form botox-widgets-remove">
			<?php botox_widgets_settings_form_fields( 'remove_language' ); ?>
			<table class="widefat striped botox-widgets-languages">
				<thead>
					<tr>
						<th scope="col"><?php esc_html_e( 'Language', 'botox-widgets' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Direction', 'botox-widgets' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Translated', 'botox-widgets' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Actions', 'botox-widgets' ); ?></th>
					</tr>
				</thead>
				<tbody>
					<?php foreach ( $settings['languages'] as $code => $language ) : ?>
						<?php $label = botox_widgets_settings_language_label( $code ); ?>
						<tr>
							<td>
								<?php if ( $label !== $code ) : ?>
									<strong lang="<?php echo esc_attr( $code ); ?>" dir="<?php echo esc_attr( $language['dir'] ); ?>"><?php echo esc_html( $label ); ?></strong>
								<?php endif; ?>
								<code><?php echo esc_html( $code ); ?></code>
								<?php if ( $settings['locale'] === $code ) : ?>
									— <?php esc_html_e( 'chosen on the General tab', 'botox-widgets' ); ?>
								<?php endif; ?>
							</td>
							<td><?php echo 'rtl' === $language['dir'] ? esc_html__( 'Right to left', 'botox-widgets' ) : esc_html__( 'Left to right', 'botox-widgets' ); ?></td>
							<td>
								<?php
								echo esc_html(
									sprintf(
										/* translators: 1: number of texts translated, 2: number of texts. */
										__( '%1$d of %2$d translated', 'botox-widgets' ),
										count( $language['messages'] ),
										$total
									)
								);
								?>
							</td>
							<td class="botox-widgets-actions">
								<a class="button" href="<?php echo esc_url( botox_widgets_settings_url( array( 'tab' => 'wording', 'language' => $code ) ) ); ?>">
									<?php esc_html_e( 'Edit wording', 'botox-widgets' ); ?><span class="screen-reader-text"> <?php echo esc_html( $label ); ?></span>
								</a>
								<button type="submit" class="button button-link-delete" name="<?php echo esc_attr( $option ); ?>[remove]" value="<?php echo esc_attr( $code ); ?>" data-botox-widgets-confirm="<?php echo esc_attr( $label ); ?>">
									<?php esc_html_e( 'Remove', 'botox-widgets' ); ?><span class="screen-reader-text"> <?php echo esc_html( $label ); ?></span>
								</button>
							</td>
						</tr>
					<?php endforeach; ?>
				</tbody>
			</table>
		</form>
	<?php endif; ?>

	<h2><?php esc_html_e( 'Add a language', 'botox-widgets' ); ?></h2>
	<form method="post" action="options.php" enctype="multipart/form-data" class="botox-widgets-form botox-widgets-add">
		<?php botox_widgets_settings_form_fields( 'add_language' ); ?>
		<input type="hidden" name="MAX_FILE_SIZE" value="<?php echo (int) BOTOX_WIDGETS_SETTINGS_MAX_UPLOAD; ?>">
		<table class="form-table" role="presentation">
			<tr>
				<th scope="row"><label for="botox-widgets-new-code"><?php esc_html_e( 'Language code', 'botox-widgets' ); ?></label></th>
				<td>
					<input type="text" class="regular-text code" id="botox-widgets-new-code" name="<?php echo esc_attr( $option ); ?>[new_code]" required pattern="[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*" maxlength="35" spellcheck="false" autocomplete="off" aria-describedby="botox-widgets-new-code-description">
					<p class="description" id="botox-widgets-new-code-description"><?php esc_html_e( 'The language’s short code, as your pages use it in <html lang>: for example vi (Vietnamese), ko (Korean), he (Hebrew), fa (Persian), ur (Urdu), es-MX (Mexican Spanish). Adding a code again replaces its texts with the new file.', 'botox-widgets' ); ?></p>
				</td>
			</tr>
			<tr>
				<th scope="row"><?php esc_html_e( 'Writing direction', 'botox-widgets' ); ?></th>
				<td>
					<fieldset>
						<legend class="screen-reader-text"><?php esc_html_e( 'Writing direction', 'botox-widgets' ); ?></legend>
						<label><input type="radio" name="<?php echo esc_attr( $option ); ?>[new_dir]" value="ltr" checked> <?php esc_html_e( 'Left to right', 'botox-widgets' ); ?></label><br>
						<label><input type="radio" name="<?php echo esc_attr( $option ); ?>[new_dir]" value="rtl"> <?php esc_html_e( 'Right to left (Hebrew, Persian, Urdu…)', 'botox-widgets' ); ?></label>
					</fieldset>
				</td>
			</tr>
			<tr>
				<th scope="row"><label for="botox-widgets-new-file"><?php esc_html_e( 'Translation file', 'botox-widgets' ); ?></label></th>
				<td>
					<input type="file" id="botox-widgets-new-file" name="<?php echo esc_attr( $option ); ?>[file]" accept=".json,.xlf,.xliff,application/json,application/xml,text/xml" aria-describedby="botox-widgets-new-file-description">
					<p class="description" id="botox-widgets-new-file-description"><?php esc_html_e( 'Optional, up to 1 MB: a JSON file of the widgets’ texts ({ "message id": "text", … }, as in the widgets’ language guide) or an XLIFF 1.2 file (.xlf) from a translation tool. Texts with ids the widgets do not know are skipped. Without a file, the language starts empty and shows English until you translate it.', 'botox-widgets' ); ?></p>
				</td>
			</tr>
		</table>
		<?php submit_button( __( 'Add language', 'botox-widgets' ) ); ?>
	</form>
	<?php
}

botox_widgets_settings_init();
