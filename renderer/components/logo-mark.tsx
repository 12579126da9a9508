export interface LogoMarkProps {
  size?: number;
}

/**
 * The app's mark: a droplet on DigitalOcean blue. Drawn inline so it needs no image request and
 * stays crisp at any size. Decorative: the app's name always sits beside it or labels its container.
 */
export const LogoMark = ({ size = 28 }: LogoMarkProps) => (
  <svg className="logo-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <rect width="32" height="32" rx="8" fill="#0069ff" />
    <path d="M16 6.5c-3.9 4.6-6.6 8.5-6.6 11.8a6.6 6.6 0 0 0 13.2 0c0-3.3-2.7-7.2-6.6-11.8Z" fill="#ffffff" />
    <path d="M12.9 18.5a3.2 3.2 0 0 0 3.1 3.2" fill="none" stroke="#0069ff" strokeWidth="1.6" strokeLinecap="round" />
  </svg>
);
