export { DEFAULT_BANK_DIR, loadBank, readBankDir } from './load-bank.ts';
